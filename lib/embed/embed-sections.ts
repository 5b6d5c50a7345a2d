import { cache } from "react";
import { renderMarkdown } from "../markdown/render-markdown";
import { absoluteUrl, getAllSections } from "../policy";

export type EmbedSectionContent = { id: string; number: number; title: string; updated: string; html: string; url: string };

/**
 * The sections as the embed view shows them: the page's HTML without the clause self-links (on a TV they are
 * stops the remote would have to step through, and there is no clipboard to copy to), clause ids kept so that
 * /privacy/embed#CLAUSE-ID lands; `url` is the section's page, the address the QR code hands to a phone.
 */
export const getEmbedSections = cache((): EmbedSectionContent[] => {
  const policyUrl = absoluteUrl("/privacy");
  return getAllSections().map((section) => ({
    id: section.id,
    number: section.number,
    title: section.title,
    updated: section.updated,
    html: renderMarkdown(section.markdown, { clauseAnchors: { shareUrl: policyUrl, selfLinks: false } }),
    url: absoluteUrl(`/privacy/${section.id}`),
  }));
});
