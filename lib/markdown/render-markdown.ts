import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize's GitHub schema removes
// script URLs and anything else unsafe that Markdown syntax alone can produce.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/** Renders policy Markdown to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
