import type { Policy, Section } from "../policy";
import { dictionaryOf, formatDate } from "./language";
import { absoluteUrl, displayAddress, pathsIn } from "./paths";

/** What a link-preview card says (components/OpenGraphCard.tsx draws it). */
export type OgCard = {
  /** The image's alt text. */
  alt: string;
  siteName: string;
  /** Small label above the title, e.g. the policy's title. */
  kicker?: string;
  /** Optional highlighted label, e.g. "Section 5 of 10". */
  badge?: string;
  title: string;
  /** e.g. "Last updated 26 November 2026" */
  footnote: string;
  /** The page's address as people read it, e.g. "smartsiptv.fr/privacy/cookies". */
  address: string;
};

export function policyCard({ metadata, sections, language }: Policy): OgCard {
  const words = dictionaryOf(language);
  return {
    alt: words.policyCardAlt(metadata.title, metadata.organization),
    siteName: metadata.organization,
    badge: words.sectionCount(sections.length),
    title: metadata.title,
    footnote: words.lastUpdatedOn(formatDate(metadata.updated, language)),
    address: displayAddress(absoluteUrl(metadata.siteUrl, pathsIn(language).policy)),
  };
}

/** The same for every section: an image's alt text is fixed before its section is known. */
export function sectionCardAlt({ metadata, language }: Policy): string {
  return dictionaryOf(language).sectionCardAlt(metadata.title, metadata.organization);
}

export function sectionCard(policy: Policy, section: Section): OgCard {
  const { metadata, sections, language } = policy;
  const words = dictionaryOf(language);
  return {
    alt: sectionCardAlt(policy),
    siteName: metadata.organization,
    kicker: metadata.title,
    badge: words.sectionOf(section.number, sections.length),
    title: section.title,
    footnote: words.sectionLastUpdatedOn(formatDate(section.updated, language)),
    address: displayAddress(absoluteUrl(metadata.siteUrl, pathsIn(language).section(section.id))),
  };
}

export function contactCard({ metadata, contact, language }: Policy): OgCard {
  return {
    alt: `${contact.title}: ${metadata.organization} ${metadata.title}`,
    siteName: metadata.organization,
    kicker: metadata.title,
    title: contact.title,
    footnote: dictionaryOf(language).lastUpdatedOn(formatDate(contact.updated, language)),
    address: displayAddress(absoluteUrl(metadata.siteUrl, pathsIn(language).contact)),
  };
}
