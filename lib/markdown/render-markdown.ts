import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import rehypeClauseAnchors, { type ClauseAnchorOptions } from "./rehype-clause-anchors";

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize's GitHub schema removes
// script URLs and anything else unsafe that Markdown syntax alone can produce.
const sanitized = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize);
const plainProcessor = sanitized().use(rehypeStringify).freeze();

/**
 * Renders Markdown to safe HTML. With `clauseAnchors`, each clause's `{#id}` marker becomes its id and link,
 * added after sanitising so the ids keep their public form.
 */
export function renderMarkdown(markdown: string, options: { clauseAnchors?: ClauseAnchorOptions } = {}): string {
  const processor = options.clauseAnchors
    ? sanitized().use(rehypeClauseAnchors, options.clauseAnchors).use(rehypeStringify)
    : plainProcessor;
  return String(processor.processSync(markdown)).trim();
}
