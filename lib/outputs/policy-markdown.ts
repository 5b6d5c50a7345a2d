import type { Root } from "mdast";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Policy } from "../policy";
import { dictionaryOf, formatDate } from "./language";
import { absoluteUrl, localizedPath, pathsIn } from "./paths";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const TWO_LEVELS_DEEPER = { 1: 3, 2: 4, 3: 5, 4: 6, 5: 6, 6: 6 } as const;

/**
 * A section's Markdown for use away from the site: site-relative links made absolute, and its own headings (if any)
 * moved below the section's "##" heading. The clause markers are already gone: the content layer moved them into
 * the tree as ids, and Markdown has no way to write an id.
 */
function remarkForExport({ base, localize }: { base: string; localize: (sitePath: string) => string }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ((node.type === "link" || node.type === "definition") && !SCHEME.test(node.url)) {
        node.url = new URL(node.url.startsWith("/") ? localize(node.url) : node.url, base).href;
      }
      if (node.type === "heading") node.depth = TWO_LEVELS_DEEPER[node.depth];
    });
  };
}

const stringifier = unified().use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", rule: "-", fences: true }).freeze();

/** The whole policy as one Markdown document, from the same parsed trees as the pages. */
export function policyMarkdown(policy: Policy): string {
  const { metadata, sections, language } = policy;
  const words = dictionaryOf(language);
  const policyUrl = absoluteUrl(metadata.siteUrl, pathsIn(language).policy);
  const exportTree = remarkForExport({ base: policyUrl, localize: (sitePath) => localizedPath(language, sitePath) });
  const header = [`# ${metadata.title}`, "", `${metadata.organization} · ${words.fileLastUpdated}${words.labelSeparator}${formatDate(metadata.updated, language)} · <${policyUrl}>`].join("\n");
  const body = sections.map((section) => {
    const tree = structuredClone(section.tree);
    exportTree(tree);
    return `## ${section.number}. ${section.title}\n\n${String(stringifier.stringify(tree)).trim()}`;
  });
  return `${[header, ...body].join("\n\n")}\n`;
}
