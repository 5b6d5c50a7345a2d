import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** What a Markdown document would put into a page besides text and links, in document order. */
export type EmbeddedContent = {
  /** Raw HTML, block or inline, as written. */
  html: string[];
  /** The address of every image, `![alt](url)` and `![alt][reference]` alike. */
  imageUrls: string[];
};

export function collectEmbeddedContent(markdown: string): EmbeddedContent {
  const tree: Root = unified().use(remarkParse).parse(markdown);
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });
  const found: EmbeddedContent = { html: [], imageUrls: [] };
  visit(tree, (node) => {
    if (node.type === "html") found.html.push(node.value);
    else if (node.type === "image") found.imageUrls.push(node.url);
    else if (node.type === "imageReference") {
      const url = definitions.get(node.identifier);
      if (url !== undefined) found.imageUrls.push(url);
    }
  });
  return found;
}
