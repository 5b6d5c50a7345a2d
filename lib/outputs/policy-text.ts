import { formatDate } from "./language";
import type { PolicyDocument } from "./policy-json";

/** "Title" over a line of "=" (or "-"): a heading that reads as one in any text viewer. */
function heading(text: string, rule: "=" | "-"): string {
  return `${text}\n${rule.repeat(text.length)}`;
}

/**
 * The policy as plain UTF-8 text, readable as is: title, last-updated date, then each numbered section. Made from
 * the JSON document, so each section's body is exactly its `text` there.
 */
export function policyText(document: PolicyDocument): string {
  const header = [
    heading(document.title, "="),
    "",
    document.organization,
    `Last updated: ${formatDate(document.updated)}`,
    `Online: ${document.url}`,
    `Questions: ${document.contactEmail}`,
  ].join("\n");
  const sections = document.sections.map((section) => `${heading(`${section.number}. ${section.title}`, "-")}\n\n${section.text}`);
  return `${[header, ...sections].join("\n\n\n")}\n`;
}
