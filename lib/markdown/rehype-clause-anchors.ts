import type { Element, ElementContent, Root, Text } from "hast";
import { visit } from "unist-util-visit";
import { CLAUSE_ID, CLAUSE_ID_MARKER } from "./clauses";

export type ClauseAnchorOptions = {
  /** The absolute URL clause links are shared as, without the fragment, e.g. https://smartsiptv.fr/privacy */
  shareUrl: string;
  /** Old anchors that must keep landing on a clause: target id → old ids. */
  aliasesByTarget?: ReadonlyMap<string, readonly string[]>;
  /**
   * Whether each clause gets its `#` link to itself (default true). Apps and the embed view turn it off: the ids
   * stay, so links to clauses still land, but there is no link UI to read out or step through with a remote.
   */
  selfLinks?: boolean;
};

const BLOCKS = new Set(["ul", "ol", "p"]);

/**
 * The text node at the end of a clause's own text, with the element holding it: a paragraph's last text, or a
 * list item's last text before any nested list (inside its first paragraph when the list is loose).
 */
function trailingText(element: Element): { container: Element; text: Text } | undefined {
  const first = element.children.find((child) => child.type === "element" || child.value.trim() !== "");
  if (element.tagName === "li" && first?.type === "element" && first.tagName === "p") return trailingText(first);
  const nestedBlock = element.children.findIndex((child) => child.type === "element" && BLOCKS.has(child.tagName));
  const own = nestedBlock === -1 ? element.children : element.children.slice(0, nestedBlock);
  const last = own.findLast((child) => child.type !== "text" || child.value.trim() !== "");
  return last?.type === "text" ? { container: element, text: last } : undefined;
}

/**
 * Turns each clause's `{#id}` marker into the clause's id, and gives the clause a link to itself plus empty
 * anchors for its old ids. Runs after rehype-sanitize: ids added here are ours, not user content, so they
 * keep their exact public form.
 */
export default function rehypeClauseAnchors({ shareUrl, aliasesByTarget = new Map(), selfLinks = true }: ClauseAnchorOptions) {
  return (tree: Root) => {
    visit(tree, "element", (element, _index, parent) => {
      const isClause = element.tagName === "li" || (element.tagName === "p" && parent?.type === "root");
      if (!isClause) return;
      const trailing = trailingText(element);
      const id = trailing?.text.value.match(CLAUSE_ID_MARKER)?.[1];
      if (!trailing || id === undefined || !CLAUSE_ID.test(id)) return;
      const { container, text } = trailing;
      text.value = text.value.replace(CLAUSE_ID_MARKER, "");

      element.properties.id = id;
      element.properties.className = ["clause"];
      const aliases: ElementContent[] = (aliasesByTarget.get(id) ?? []).map((alias) => ({
        type: "element",
        tagName: "span",
        properties: { id: alias, className: ["anchor-alias"] },
        children: [],
      }));
      element.children.unshift(...aliases);
      if (!selfLinks) return;
      // Right after the clause's own words, before any nested list.
      container.children.splice(
        container.children.indexOf(text) + 1,
        0,
        { type: "text", value: " " },
        {
          type: "element",
          tagName: "a",
          properties: {
            href: `#${id}`,
            className: ["clause-anchor"],
            ariaLabel: "Link to this clause",
            dataShareUrl: `${shareUrl}#${id}`,
          },
          children: [{ type: "text", value: "#" }],
        },
      );
    });
  };
}
