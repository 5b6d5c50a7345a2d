import type { Root } from "hast";
import { hastToText } from "./plain-text";

/** Search engines show about 155–160 characters of a description; shorter than 50 reads as a stub. */
export const DESCRIPTION_MIN_LENGTH = 50;
export const DESCRIPTION_MAX_LENGTH = 160;

const ELLIPSIS = "…";
const LIST_MARKER = /^\s*(?:-|\d+\.)\s+/;

/**
 * What a reader sees in a piece of the policy, on one line: paragraphs and list items in order, link text
 * without the address, list items as one sentence-like run ("…: first item; second item; third item").
 * Made from the plain text of the page's own HTML tree, so it says what the page says.
 */
export function oneLineText(tree: Root): string {
  const blocks = hastToText(tree, { linkAddresses: false })
    .split(/\n{2,}/)
    .map((block) => joinBlocks(block.split("\n").map((line) => line.replace(LIST_MARKER, "")), "; "));
  return collapseWhitespace(joinBlocks(blocks));
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
