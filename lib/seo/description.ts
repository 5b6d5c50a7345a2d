import type { PhrasingContent, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { CLAUSE_ID_MARKER } from "../markdown/clauses";

/** Search engines show about 155–160 characters of a description; shorter than 50 reads as a stub. */
export const DESCRIPTION_MIN_LENGTH = 50;
export const DESCRIPTION_MAX_LENGTH = 160;

const ELLIPSIS = "…";
const parser = unified().use(remarkParse).freeze();

/**
 * The text a reader sees in a piece of policy Markdown, on one line: paragraphs and list items in order, link
 * text without the URL. Raw HTML is left out, as the page drops it when rendering.
 */
export function markdownToPlainText(markdown: string): string {
  const root = parser.parse(markdown);
  return collapseWhitespace(joinBlocks(root.children.map(blockText)));
}

function blockText(node: RootContent): string {
  switch (node.type) {
    case "paragraph":
      // A clause's {#id} marker ends its paragraph; it is an address, not text.
      return node.children.map(inlineText).join("").replace(CLAUSE_ID_MARKER, "");
    case "heading":
    case "tableCell":
      return node.children.map(inlineText).join("");
    case "list":
      // List items become one sentence-like run: "…: first item; second item; third item".
      return joinBlocks(node.children.map(blockText), "; ");
    case "listItem":
    case "blockquote":
    case "table":
    case "tableRow":
      return joinBlocks(node.children.map(blockText));
    case "code":
      return node.value;
    default:
      return "";
  }
}

function inlineText(node: PhrasingContent): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "emphasis":
    case "strong":
    case "delete":
    case "link":
    case "linkReference":
      return node.children.map(inlineText).join("");
    case "image":
    case "imageReference":
      return node.alt ?? "";
    default:
      return "";
  }
}

/**
 * Joins text blocks; a block already ending in punctuation is followed by a space only, not `separator`. The
 * default ". " ends a list's last item before the paragraph after it.
 */
function joinBlocks(blocks: readonly string[], separator = ". "): string {
  return blocks
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .reduce((joined, block) => (joined === "" ? block : /[.!?;:]$/.test(joined) ? `${joined} ${block}` : `${joined}${separator}${block}`), "");
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * `text` cut to at most `maxLength` characters, ellipsis included, at the last word boundary that fits, without
 * dangling punctuation before the ellipsis. Text that fits is returned whole.
 */
export function truncateAtWordBoundary(text: string, maxLength: number = DESCRIPTION_MAX_LENGTH): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= maxLength) return clean;
  const room = clean.slice(0, maxLength - ELLIPSIS.length + 1);
  const lastSpace = room.lastIndexOf(" ");
  // A single word longer than the limit has no boundary to cut at: cut inside it rather than return nothing.
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, maxLength - ELLIPSIS.length);
  return `${cut.replace(/[\s,;:.!?\-–—(]+$/u, "")}${ELLIPSIS}`;
}

/**
 * A meta description from page text: the text itself when it is long enough, otherwise `context` (e.g. which
 * section of which policy this is) followed by the text, then cut to DESCRIPTION_MAX_LENGTH at a word boundary.
 * `context` should itself be at least DESCRIPTION_MIN_LENGTH long, so that short or empty text still gives a
 * usable description.
 */
export function buildDescription(text: string, context: string): string {
  const clean = collapseWhitespace(text);
  const described = clean.length >= DESCRIPTION_MIN_LENGTH ? clean : joinBlocks([context, clean], " ");
  return truncateAtWordBoundary(described);
}
