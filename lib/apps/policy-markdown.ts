import type { Root } from "mdast";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { formatDate } from "../format-date";
import { CLAUSE_ID, CLAUSE_ID_MARKER } from "../markdown/clauses";
import type { PolicyInput } from "./policy-document";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const TWO_LEVELS_DEEPER = { 1: 3, 2: 4, 3: 5, 4: 6, 5: 6, 6: 6 } as const;

/**
 * A section's Markdown for use away from the site: clause markers removed (they are ids on the page, not words),
 * site-relative links made absolute, and its own headings (if any) moved below the section's "##" heading.
 */
function remarkForExport({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, "paragraph", (paragraph) => {
      const last = paragraph.children.at(-1);
      const id = last?.type === "text" ? last.value.match(CLAUSE_ID_MARKER)?.[1] : undefined;
      if (last?.type === "text" && id !== undefined && CLAUSE_ID.test(id)) last.value = last.value.replace(CLAUSE_ID_MARKER, "");
    });
    visit(tree, (node) => {
      if ((node.type === "link" || node.type === "definition") && !SCHEME.test(node.url)) node.url = new URL(node.url, base).href;
      if (node.type === "heading") node.depth = TWO_LEVELS_DEEPER[node.depth];
    });
  };
}

/** The whole policy as one Markdown document, from the same content files as the pages. */
export function buildPolicyMarkdown({ metadata, sections }: PolicyInput): string {
  const policyUrl = new URL("/privacy", metadata.siteUrl).href;
  const processor = unified()
    .use(remarkParse)
    .use(remarkForExport, { base: policyUrl })
    .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", rule: "-", fences: true })
    .freeze();
  const header = [
    `# ${metadata.title}`,
    "",
    `${metadata.organization} · Last updated: ${formatDate(metadata.updated)} · <${policyUrl}>`,
  ].join("\n");
  const body = sections.map((section) => `## ${section.number}. ${section.title}\n\n${String(processor.processSync(section.markdown)).trim()}`);
  return `${[header, ...body].join("\n\n")}\n`;
}
