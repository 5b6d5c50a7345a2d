import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export type ClauseSelfLinkOptions = {
  /** The absolute URL clause links are shared as, without the fragment, e.g. https://smartsiptv.fr/privacy */
  shareUrl: string;
  /** The link's accessible name and the "Copy link" button's, in the page's language. */
  label: string;
  copyLabel: string;
};

const BLOCKS = new Set(["ul", "ol", "p"]);

function hasClass(element: Element, name: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

/**
 * Where a clause's own words end: in a paragraph, after its last child; in a list item, after its last child
 * before any nested list (inside its first paragraph when the list is loose). Whitespace-only text is skipped.
 */
function endOfOwnWords(element: Element): { container: Element; index: number } {
  // Retired-anchor spans (rehype-clause-ids) come first and are not words.
  const first = element.children.find(
    (child) => (child.type === "element" && !hasClass(child, "anchor-alias")) || (child.type === "text" && child.value.trim() !== ""),
  );
  if (element.tagName === "li" && first?.type === "element" && first.tagName === "p") return endOfOwnWords(first);
  const nestedBlock = element.children.findIndex((child) => child.type === "element" && BLOCKS.has(child.tagName));
  const own = nestedBlock === -1 ? element.children : element.children.slice(0, nestedBlock);
  const last = own.findLastIndex((child) => child.type !== "text" || child.value.trim() !== "");
  return { container: element, index: last + 1 };
}

/**
 * Gives each clause (an element with class "clause", see rehype-clause-ids) a `#` link to itself right after its
 * own words, before any nested list. Only the site's pages get it: apps and the embed view keep the ids, so links
 * to clauses land, but have no link UI to read out or step through with a remote. The enhancement script adds a
 * "Copy link" button after each such link, copying data-share-url.
 */
export default function rehypeClauseSelfLinks({ shareUrl, label, copyLabel }: ClauseSelfLinkOptions) {
  return (tree: Root) => {
    visit(tree, "element", (element) => {
      const id = element.properties.id;
      if (typeof id !== "string" || !hasClass(element, "clause")) return;
      const { container, index } = endOfOwnWords(element);
      container.children.splice(
        index,
        0,
        { type: "text", value: " " },
        {
          type: "element",
          tagName: "a",
          properties: {
            href: `#${id}`,
            className: ["clause-anchor"],
            ariaLabel: label,
            dataShareUrl: `${shareUrl}#${id}`,
            dataCopyLabel: copyLabel,
          },
          children: [{ type: "text", value: "#" }],
        },
      );
    });
  };
}
