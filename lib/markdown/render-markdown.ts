import type { Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import rehypeAbsoluteLinks from "./rehype-absolute-links";
import rehypeClauseAnchors, { type ClauseAnchorOptions } from "./rehype-clause-anchors";

export type RenderMarkdownOptions = {
  clauseAnchors?: ClauseAnchorOptions;
  /** Resolve site-relative links against this URL (for copies read outside the site, e.g. in apps). */
  absoluteLinksBase?: string;
};

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize's GitHub schema removes
// script URLs and anything else unsafe that Markdown syntax alone can produce.
const sanitized = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize);
const plainProcessor = sanitized().use(rehypeStringify).freeze();

function processorFor(options: RenderMarkdownOptions) {
  if (!options.clauseAnchors && options.absoluteLinksBase === undefined) return plainProcessor;
  let processor = sanitized();
  if (options.clauseAnchors) processor = processor.use(rehypeClauseAnchors, options.clauseAnchors);
  if (options.absoluteLinksBase !== undefined) processor = processor.use(rehypeAbsoluteLinks, { base: options.absoluteLinksBase });
  return processor.use(rehypeStringify);
}

/**
 * The sanitised HTML tree of Markdown, as renderMarkdown would serialise it: for outputs other than HTML (plain
 * text for apps) that must say exactly what the page says.
 */
export function renderMarkdownTree(markdown: string, options: RenderMarkdownOptions = {}): Root {
  const processor = processorFor(options);
  return processor.runSync(processor.parse(markdown));
}

/**
 * Renders Markdown to safe HTML. With `clauseAnchors`, each clause's `{#id}` marker becomes its id and link,
 * added after sanitising so the ids keep their public form.
 */
export function renderMarkdown(markdown: string, options: RenderMarkdownOptions = {}): string {
  const processor = processorFor(options);
  return String(processor.stringify(processor.runSync(processor.parse(markdown)))).trim();
}
