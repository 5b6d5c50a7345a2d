import type { ListItem, Paragraph, Root, RootContent, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * Clause ids are written into the Markdown, at the end of the clause they name: `- Access your data {#your-rights--access-personal-data}`.
 * Written once (by `npm run content:anchors`) and then kept, so rewording a clause never changes its public address.
 */
export const CLAUSE_ID_MARKER = /[ \t]*\{#([^{}\s]*)\}[ \t]*$/;

/** SECTION-ID--CLAUSE-SLUG, e.g. your-rights--request-deletion-data. The section prefix keeps ids unique across /privacy. */
export const CLAUSE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A clause of a section: a top-level paragraph or a list item. */
export type Clause = {
  kind: "paragraph" | "item";
  /** The id from the clause's marker, or null when it has none yet. */
  id: string | null;
  /** The clause's text as a reader sees it, without the marker. */
  text: string;
  /** Offset in the Markdown where a marker goes (the end of the clause's own text). */
  markerOffset: number;
};

function parse(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

/** The paragraph whose end carries a clause's marker: the paragraph itself, or a list item's first paragraph. */
function markerParagraph(node: Paragraph | ListItem): Paragraph | undefined {
  if (node.type === "paragraph") return node;
  const first = node.children[0];
  return first?.type === "paragraph" ? first : undefined;
}

function trailingText(paragraph: Paragraph | undefined): Text | undefined {
  const last = paragraph?.children.at(-1);
  return last?.type === "text" ? last : undefined;
}

function clauseNodes(children: readonly RootContent[]): (Paragraph | ListItem)[] {
  return children.flatMap((node): (Paragraph | ListItem)[] => {
    if (node.type === "paragraph") return [node];
    if (node.type !== "list") return [];
    // A nested list's items are clauses too; paragraphs inside an item belong to that item.
    return node.children.flatMap((item) => [item, ...clauseNodes(item.children).filter((nested) => nested.type === "listItem")]);
  });
}

/** The clauses of a section's Markdown, in reading order. */
export function collectClauses(markdown: string): Clause[] {
  return clauseNodes(parse(markdown).children).map((node) => {
    const paragraph = markerParagraph(node);
    const marker = trailingText(paragraph)?.value.match(CLAUSE_ID_MARKER);
    const ownText = paragraph ? toString(paragraph) : toString(node);
    return {
      kind: node.type === "paragraph" ? "paragraph" : "item",
      id: marker?.[1] ?? null,
      text: (marker ? ownText.replace(CLAUSE_ID_MARKER, "") : ownText).trim(),
      markerOffset: paragraph?.position?.end.offset ?? node.position?.end.offset ?? markdown.length,
    };
  });
}

/** Number of `{#…}` markers anywhere in the Markdown: more than the clauses carry means one is misplaced. */
export function countMarkers(markdown: string): number {
  return markdown.match(/\{#[^{}\s]*\}/g)?.length ?? 0;
}

// Words that carry no meaning in an id; dropped so that ids stay short.
const STOP_WORDS = new Set(
  "a an and any are as at be by can do for from has have in is it its may of on or our the their these this those to us use we will with you your".split(
    " ",
  ),
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

/** The Markdown with a marker added to every clause that has none; existing markers are never changed. */
export function addMissingClauseIds(sectionId: string, markdown: string, taken: ReadonlySet<string>): { markdown: string; added: string[] } {
  const used = new Set(taken);
  const insertions: { offset: number; id: string }[] = [];
  for (const clause of collectClauses(markdown)) {
    if (clause.id !== null) continue;
    const id = proposeClauseId(sectionId, clause.text, used);
    used.add(id);
    insertions.push({ offset: clause.markerOffset, id });
  }
  let result = markdown;
  // From the end backwards, so that earlier offsets stay valid.
  for (const { offset, id } of [...insertions].sort((a, b) => b.offset - a.offset)) {
    result = `${result.slice(0, offset)} {#${id}}${result.slice(offset)}`;
  }
  return { markdown: result, added: insertions.map((insertion) => insertion.id) };
}
