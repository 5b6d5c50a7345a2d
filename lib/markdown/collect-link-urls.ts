import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** Every URL a Markdown document points at (links, link definitions, images), in document order. */
export function collectLinkUrls(markdown: string): string[] {
  const tree: Root = unified().use(remarkParse).parse(markdown);
  const urls: string[] = [];
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition" || node.type === "image") urls.push(node.url);
  });
  return urls;
}
