import type { ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";
import { CLAUSE_ID } from "../policy/clause-id";

export type ClauseIdOptions = {
  /** Current anchor → retired anchors that must keep landing on it (from the anchor lock's aliases). */
  retiredAnchors: ReadonlyMap<string, readonly string[]>;
};

/**
 * Gives each clause element the id its Markdown marker named (carried through sanitising as data-clause), the
 * class "clause", and empty anchors with its retired ids. Runs after rehype-sanitize: ids added here are ours,
 * not user content, so they keep their exact public form.
 */
export default function rehypeClauseIds({ retiredAnchors }: ClauseIdOptions) {
  return (tree: Root) => {
    visit(tree, "element", (element) => {
      const id = element.properties.dataClause;
      if (id === undefined) return;
      delete element.properties.dataClause;
      if (typeof id !== "string" || !CLAUSE_ID.test(id)) return;
      element.properties.id = id;
      element.properties.className = ["clause"];
      const aliases: ElementContent[] = (retiredAnchors.get(id) ?? []).map((alias) => ({
        type: "element",
        tagName: "span",
        properties: { id: alias, className: ["anchor-alias"] },
        children: [],
      }));
      element.children.unshift(...aliases);
    });
  };
}
