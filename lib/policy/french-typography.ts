import type { Root } from "mdast";
import { visit } from "unist-util-visit";

// French puts a no-break space before the "high" punctuation and inside guillemets: a narrow one (U+202F) before
// ; ! ? and after « / before », a full one (U+00A0) before :. Written into the content, so that every output (page,
// JSON, text file, PDF) shows it alike and a line never starts with a lone "?".
const NARROW = "\u202F";
const FULL = "\u00A0";
const SPACE_NAMES = { [NARROW]: "a narrow no-break space (U+202F)", [FULL]: "a no-break space (U+00A0)" } as const;

/** What a French text's spacing gets wrong, each with the place it occurs and the fix. URLs and times are left alone. */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const context = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 2).trimStart());
  const expect = (index: number, expected: keyof typeof SPACE_NAMES, where: string) => {
    const found = text[index];
    if (found === expected) return;
    problems.push(`${context(index)} needs ${SPACE_NAMES[expected]} ${where}${found === " " ? ", not a normal space" : ""}`);
  };
  for (const match of text.matchAll(/[;!?:«»]/g)) {
    const index = match.index;
    const mark = match[0];
    const before = text[index - 1];
    const after = text[index + 1];
    // A colon with no space after it is part of an address or a time (https://, mailto:x, 10:30), not punctuation.
    if (mark === ":" && after !== undefined && after !== " " && after !== FULL) continue;
    if (mark === "«") {
      expect(index + 1, NARROW, "after «");
      continue;
    }
    if (before === undefined) continue;
    if (mark === "»") expect(index - 1, NARROW, "before »");
    else if (mark === ":") expect(index - 1, FULL, "before :");
    else expect(index - 1, NARROW, `before ${mark}`);
  }
  return problems;
}

/** The typography problems of a parsed Markdown document: its words only, never link addresses or code. */
export function treeTypographyProblems(tree: Root, problemsOf: (text: string) => string[]): string[] {
  const problems: string[] = [];
  visit(tree, "text", (node) => {
    problems.push(...problemsOf(node.value));
  });
  return problems;
}
