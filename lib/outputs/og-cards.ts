import type { Policy, Section } from "../policy";
import { formatDate } from "./language";
import { absoluteUrl, CONTACT_PATH, displayAddress, POLICY_PATH, sectionPath } from "./paths";

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

export function policyCard({ metadata, sections }: Policy): OgCard {
  return {
    alt: `${metadata.title} of ${metadata.organization}`,
    siteName: metadata.organization,
    badge: `${sections.length} sections`,
    title: metadata.title,
    footnote: `Last updated ${formatDate(metadata.updated)}`,
    address: displayAddress(absoluteUrl(metadata.siteUrl, POLICY_PATH)),
  };
}

/** The same for every section: an image's alt text is fixed before its section is known. */
export function sectionCardAlt({ metadata }: Policy): string {
  return `A section of the ${metadata.title} of ${metadata.organization}: its number and title`;
}

export function sectionCard(policy: Policy, section: Section): OgCard {
  const { metadata, sections } = policy;
  return {
    alt: sectionCardAlt(policy),
    siteName: metadata.organization,
    kicker: metadata.title,
    badge: `Section ${section.number} of ${sections.length}`,
    title: section.title,
    footnote: `Section last updated ${formatDate(section.updated)}`,
    address: displayAddress(absoluteUrl(metadata.siteUrl, sectionPath(section.id))),
  };
}

export function contactCard({ metadata, contact }: Policy): OgCard {
  return {
    alt: `${contact.title}: ${metadata.organization} ${metadata.title}`,
    siteName: metadata.organization,
    kicker: metadata.title,
    title: contact.title,
    footnote: `Last updated ${formatDate(contact.updated)}`,
    address: displayAddress(absoluteUrl(metadata.siteUrl, CONTACT_PATH)),
  };
}
