import { cache } from "react";
import { InvalidContentError } from "./content/content-error";
import { loadContent } from "./content/load-content";
import type { ContactPage, PolicyContent, Section } from "./content/parse-content";
import type { PolicyMetadata } from "./content/schema";
import { renderMarkdown } from "./markdown/render-markdown";

export type RenderedSection = Section & {
  html: string;
  /** The absolute URL support staff share: the section in the full policy. */
  shareUrl: string;
  /** Retired anchors that now lead to this section. */
  aliases: string[];
};
export type RenderedContactPage = ContactPage & { html: string };
export type { PolicyMetadata };

// Next runs from the project root in build, dev and start alike.
const CONTENT_ROOT = process.cwd();

/** Retired anchor → current anchor, inverted: current anchor → its retired ones. */
function aliasesByTarget(aliases: Readonly<Record<string, string>>): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [from, to] of Object.entries(aliases)) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  return byTarget;
}

/**
 * The validated, rendered policy. Invalid content throws with the same messages as `npm run content:check`,
 * which fails the build (and shows in `next dev`), so a broken or partial policy never renders.
 */
const getPolicy = cache((): PolicyContent & { sections: RenderedSection[]; contact: RenderedContactPage } => {
  const { data, errors } = loadContent(CONTENT_ROOT);
  if (!data) throw new InvalidContentError(errors);
  const policyUrl = new URL("/privacy", data.metadata.siteUrl).href;
  const aliases = aliasesByTarget(data.anchorLock.aliases);
  return {
    ...data,
    sections: data.sections.map((section) => ({
      ...section,
      html: renderMarkdown(section.markdown, {
        siteUrl: data.metadata.siteUrl,
        clauseAnchors: { shareUrl: policyUrl, aliasesByTarget: aliases },
      }),
      shareUrl: `${policyUrl}#${section.id}`,
      aliases: aliases.get(section.id) ?? [],
    })),
    contact: { ...data.contact, html: renderMarkdown(data.contact.markdown, { siteUrl: data.metadata.siteUrl }) },
  };
});

export function getPolicyMetadata(): PolicyMetadata {
  return getPolicy().metadata;
}

export function getAllSections(): RenderedSection[] {
  return getPolicy().sections;
}

export function getSection(id: string): RenderedSection | undefined {
  return getAllSections().find((section) => section.id === id);
}

export function getContactPage(): RenderedContactPage {
  return getPolicy().contact;
}

/** The public URL of a site path, e.g. absoluteUrl("/privacy#cookies"). */
export function absoluteUrl(sitePath: string): string {
  return new URL(sitePath, getPolicyMetadata().siteUrl).href;
}
