import fs from "node:fs";
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import remarkClauseIds from "./clause-id";

const parser = unified().use(remarkParse).freeze();
const moveClauseIds = remarkClauseIds();

let parses = 0;

/**
 * The single place Markdown becomes a tree: parsed, then clause markers moved into the tree. Every output is
 * derived from this tree, so each file is parsed once per process. POLICY_PARSE_LOG names a file that gets one
 * line per parse, which is how the build's parse count is measured (README, "Code layout").
 */
export function parseMarkdown(source: string, file: string): Root {
  parses += 1;
  if (process.env.POLICY_PARSE_LOG) fs.appendFileSync(process.env.POLICY_PARSE_LOG, `${process.pid} ${file}\n`);
  const tree = parser.parse(source);
  moveClauseIds(tree);
  return tree;
}

/** How many times this process has parsed Markdown (for the test that proves each file is parsed once). */
export function markdownParseCount(): number {
  return parses;
}
