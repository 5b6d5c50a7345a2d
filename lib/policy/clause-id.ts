import type { ListItem, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

/**
 * The one owner of the clause-id marker. Clause ids are written into the Markdown at the end of the clause they
 * name: `- Access your data {#your-rights--access-personal-data}`. Written once (by `npm run content:anchors`) and
 * then kept, so rewording a clause never changes its public address. remarkClauseIds runs right after parsing;
 * nothing after it ever sees a marker.
 */
const MARKER = /[ \t]*\{#([^{}\s]*)\}[ \t]*$/;
const ANY_MARKER = /\{#[^{}\s]*\}/g;

/** SECTION-ID--CLAUSE-SLUG, e.g. your-rights--request-deletion-data. The section prefix keeps ids unique across /privacy. */
export const CLAUSE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/;

declare module "mdast" {
  interface ParagraphData {
    /** Set on clauses by remarkClauseIds: the id from the marker, or null when the clause has none yet. */
    clauseId?: string | null;
  }
  interface ListItemData {
    clauseId?: string | null;
  }
}

/** A clause of a section: a top-level paragraph or a list item (nested ones too), in reading order. */
type ClauseNode = Paragraph | ListItem;

function clauseNodes(children: readonly RootContent[]): ClauseNode[] {
  return children.flatMap((node): ClauseNode[] => {
    if (node.type === "paragraph") return [node];
    if (node.type !== "list") return [];
    // A nested list's items are clauses too; paragraphs inside an item belong to that item.
    return node.children.flatMap((item) => [item, ...clauseNodes(item.children).filter((nested) => nested.type === "listItem")]);
  });
}

/** The paragraph that carries a clause's own words (and its marker): the paragraph itself, or an item's first one. */
function ownParagraph(node: ClauseNode): Paragraph | undefined {
  if (node.type === "paragraph") return node;
  const first = node.children[0];
  return first?.type === "paragraph" ? first : undefined;
}

/**
 * Moves each clause's `{#id}` marker out of its text and into the tree: `data.clauseId` (null when the clause has
 * none yet) and `data.hProperties["dataClause"]`, which survives sanitising and becomes the element's id after it.
 */
export default function remarkClauseIds() {
  return (tree: Root) => {
    for (const node of clauseNodes(tree.children)) {
      const last = ownParagraph(node)?.children.at(-1);
      const id = last?.type === "text" ? (last.value.match(MARKER)?.[1] ?? null) : null;
      if (last?.type === "text" && id !== null) last.value = last.value.replace(MARKER, "");
      node.data = { ...node.data, clauseId: id, ...(id === null ? {} : { hProperties: { dataClause: id } }) };
    }
  };
}

/** A clause as the content layer knows it. */
export type Clause = { kind: "paragraph" | "item"; id: string };

type ClauseCandidate = {
  kind: Clause["kind"];
  id: string | null;
  /** The clause's own words, for messages and id proposals. */
  text: string;
  /** Offset in the source where a marker goes: the end of the clause's own words. */
  markerOffset: number;
};

/** Every clause of a parsed section, with or without an id. */
export function clauseCandidates(tree: Root): ClauseCandidate[] {
  return clauseNodes(tree.children).map((node) => {
    const paragraph = ownParagraph(node);
    return {
      kind: node.type === "paragraph" ? "paragraph" : "item",
      id: node.data?.clauseId ?? null,
      text: toString(paragraph ?? node).trim(),
      markerOffset: paragraph?.position?.end.offset ?? node.position?.end.offset ?? 0,
    };
  });
}

/** Markers left in the text after remarkClauseIds: each one is not at the end of a clause. */
export function strayMarkerCount(tree: Root): number {
  let count = 0;
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === "text") count += node.value.match(ANY_MARKER)?.length ?? 0;
      else if ("children" in node) walk(node.children);
    }
  };
  walk(tree.children);
  return count;
}

/** A marker in the source, for editors and `content:anchors`. */
export function clauseMarker(id: string): string {
  return `{#${id}}`;
}

// Words that carry no meaning in an id; dropped so that ids stay short.
const STOP_WORDS = new Set(
  "a an and any are as at be by can do for from has have in is it its may of on or our the their these this those to us use we will with you your".split(" "),
);

/**
 * Proposes an id for a clause that has none: the section id, "--", then the clause's label if it starts with one
 * ("Account Information: …" → account-information), else its first three meaningful words. `taken` holds every id
 * in use or ever published, so that an id is never reused for another clause.
 */
export function proposeClauseId(sectionId: string, text: string, taken: ReadonlySet<string>): string {
  const label = /^([^:.]{1,40}):\s+\S/.exec(text)?.[1];
  const words = (label ?? text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  const meaningful = label ? words : words.filter((word) => !STOP_WORDS.has(word));
  const slug = (meaningful.length > 0 ? meaningful : words).slice(0, label ? 4 : 3).join("-") || "clause";
  const base = `${sectionId}--${slug}`;
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
  return candidate;
}

/**
 * The Markdown source with a marker added to every clause that has none; existing markers are never changed.
 * `tree` is the source's parsed tree (offsets refer to `source`).
 */
export function addMissingClauseIds(sectionId: string, source: string, tree: Root, taken: ReadonlySet<string>): { source: string; added: string[] } {
  const used = new Set(taken);
  const insertions: { offset: number; id: string }[] = [];
  for (const clause of clauseCandidates(tree)) {
    if (clause.id !== null) continue;
    const id = proposeClauseId(sectionId, clause.text, used);
    used.add(id);
    insertions.push({ offset: clause.markerOffset, id });
  }
  let result = source;
  // From the end backwards, so that earlier offsets stay valid.
  for (const { offset, id } of [...insertions].sort((a, b) => b.offset - a.offset)) {
    result = `${result.slice(0, offset)} ${clauseMarker(id)}${result.slice(offset)}`;
  }
  return { source: result, added: insertions.map((insertion) => insertion.id) };
}
