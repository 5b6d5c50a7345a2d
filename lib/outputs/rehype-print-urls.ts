import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

/** The address a printed page should show for a link, or null when the link's own text already says it. */
function printableUrl(link: Element, siteUrl: string): string | null {
  const href = link.properties.href;
  if (typeof href !== "string" || href.startsWith("#")) return null;
  const shown = href.startsWith("mailto:") ? href.slice("mailto:".length) : new URL(href, siteUrl).href;
  return textOf(link).trim() === shown ? null : shown;
}

/**
 * Gives each link whose text is not its address a `data-print-url` with the absolute address, which the print
 * stylesheet writes out after the link: on paper, "Contact Page" alone leads nowhere.
 */
export default function rehypePrintUrls({ siteUrl }: { siteUrl: string }) {
  return (tree: Root) => {
    visit(tree, "element", (element) => {
      if (element.tagName !== "a") return;
      const url = printableUrl(element, siteUrl);
      if (url !== null) element.properties.dataPrintUrl = url;
    });
  };
}
