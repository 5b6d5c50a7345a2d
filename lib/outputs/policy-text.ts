import { dictionaryOf, formatDate } from "./language";
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
  const words = dictionaryOf(document.language);
  const header = [
    heading(document.title, "="),
    "",
    document.organization,
    `${words.fileLastUpdated}${words.labelSeparator}${formatDate(document.updated, document.language)}`,
    `${words.fileOnline}${words.labelSeparator}${document.url}`,
    `${words.fileQuestions}${words.labelSeparator}${document.contactEmail}`,
  ].join("\n");
  const sections = document.sections.map((section) => `${heading(`${section.number}. ${section.title}`, "-")}\n\n${section.text}`);
  return `${[header, ...sections].join("\n\n\n")}\n`;
}
