import type { Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import rehypeAbsoluteLinks from "./rehype-absolute-links";
import rehypeClauseAnchors, { type ClauseAnchorOptions } from "./rehype-clause-anchors";
import rehypePrintUrls from "./rehype-print-urls";

export type RenderMarkdownOptions = {
  /** The site's origin: links get their absolute address for print (data-print-url). */
  siteUrl?: string;
  /** Turn each clause's `{#id}` marker into its id (and, unless turned off, its self-link). */
  clauseAnchors?: ClauseAnchorOptions;
  /** Resolve site-relative links against this URL (for copies read outside the site, e.g. in apps). */
  absoluteLinksBase?: string;
};

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize's GitHub schema removes
// script URLs and anything else unsafe that Markdown syntax alone can produce. The plugins after it add only
// attributes and links we compute, which is why they run after sanitising.
const sanitized = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).freeze();

function processorFor({ siteUrl, clauseAnchors, absoluteLinksBase }: RenderMarkdownOptions) {
  return sanitized()
    .use(siteUrl === undefined ? [] : [[rehypePrintUrls, { siteUrl }]])
    .use(clauseAnchors === undefined ? [] : [[rehypeClauseAnchors, clauseAnchors]])
    .use(absoluteLinksBase === undefined ? [] : [[rehypeAbsoluteLinks, { base: absoluteLinksBase }]])
    .use(rehypeStringify);
}

/**
 * The sanitised HTML tree of Markdown, as renderMarkdown would serialise it: for outputs other than HTML (plain
 * text for apps) that must say exactly what the page says.
 */
export function renderMarkdownTree(markdown: string, options: RenderMarkdownOptions = {}): Root {
  const processor = processorFor(options);
  return processor.runSync(processor.parse(markdown));
}

/** Renders Markdown to safe HTML. */
export function renderMarkdown(markdown: string, options: RenderMarkdownOptions = {}): string {
  const processor = processorFor(options);
  return String(processor.stringify(processor.runSync(processor.parse(markdown)))).trim();
}
