import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import rehypeClauseAnchors, { type ClauseAnchorOptions } from "./rehype-clause-anchors";
import rehypePrintUrls from "./rehype-print-urls";

export type RenderMarkdownOptions = {
  /** The site's origin: links get their absolute address for print. */
  siteUrl?: string;
  /** Turn each clause's `{#id}` marker into its id and self-link. */
  clauseAnchors?: ClauseAnchorOptions;
};

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize's GitHub schema removes
// script URLs and anything else unsafe that Markdown syntax alone can produce. The plugins after it add only
// attributes we compute, which is why they run after sanitising.
const sanitized = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).freeze();

/** Renders Markdown to safe HTML. */
export function renderMarkdown(markdown: string, { siteUrl, clauseAnchors }: RenderMarkdownOptions = {}): string {
  const processor = sanitized()
    .use(siteUrl === undefined ? [] : [[rehypePrintUrls, { siteUrl }]])
    .use(clauseAnchors === undefined ? [] : [[rehypeClauseAnchors, clauseAnchors]])
    .use(rehypeStringify);
  return String(processor.processSync(markdown)).trim();
}
