import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/policy/markdown";
import { clauseElements, clauseText, hastToText, linkText } from "@/lib/outputs/plain-text";
import { htmlTree } from "@/lib/outputs/section-html";
import { fixturePolicy } from "../policy/fixture-content";

// The site is https://example.org; text is made from the "app" tree, whose site links are absolute.
const policy = fixturePolicy();
const tree = (markdown: string) => htmlTree(policy, parseMarkdown(markdown, "test.md"), "app");
const text = (markdown: string) => hastToText(tree(markdown));

describe("hastToText", () => {
  it("separates blocks by a blank line and writes list items as '- ' lines", () => {
    expect(text("First paragraph\nwrapped in the source. {#s--first}\n\n- One {#s--one}\n- Two {#s--two}\n\nLast. {#s--last}\n")).toBe(
      "First paragraph wrapped in the source.\n\n- One\n- Two\n\nLast.",
    );
  });

  it("numbers ordered lists from their start and indents nested lists", () => {
    expect(text("3. Three\n4. Four\n   - nested a\n   - nested b\n")).toBe("3. Three\n4. Four\n  - nested a\n  - nested b");
  });

  it("writes links out, absolute, and a mail address once", () => {
    expect(text("Mail [support@example.org](mailto:support@example.org), see the [Contact Page](/contact) or [rights](#rights).\n")).toBe(
      "Mail support@example.org, see the Contact Page (https://example.org/contact) or rights (https://example.org/privacy#rights).",
    );
  });

  it("leaves link addresses out when asked, for descriptions", () => {
    expect(hastToText(tree("See the [Contact Page](/contact).\n"), { linkAddresses: false })).toBe("See the Contact Page.");
  });

  it("keeps loose list items' paragraphs and drops inline markup", () => {
    expect(text("- **Bold** item\n\n  more about it\n- _second_ `code`\n")).toBe("- Bold item\n  more about it\n- second code");
  });

  it("keeps every character: text is UTF-8, not ASCII", () => {
    expect(text("Données — «protégées» ✓\n")).toBe("Données — «protégées» ✓");
  });

  it("never shows clause markers, retired-anchor spans or raw HTML", () => {
    const withAlias = { ...policy, retiredAnchors: new Map([["s--para", ["s--old"]]]) };
    const result = hastToText(htmlTree(withAlias, parseMarkdown('Para <b onclick="x()">raw</b> end. {#s--para}\n', "test.md"), "app"));
    expect(result).toBe("Para raw end.");
  });
});

describe("clause texts", () => {
  it("are each clause's own words in order, without nested lists", () => {
    const clauses = clauseElements(tree("Intro: {#s--intro}\n\n- Parent {#s--parent}\n  - Child {#s--child}\n"));
    expect(clauses.map((element) => [element.properties.id, clauseText(element)])).toEqual([
      ["s--intro", "Intro:"],
      ["s--parent", "Parent"],
      ["s--child", "Child"],
    ]);
  });

  it("take a loose item's words from its first paragraph, links written out", () => {
    const clauses = clauseElements(tree("- First, see [us](/contact) {#s--loose}\n\n  Second paragraph.\n"));
    expect(clauses.map(clauseText)).toEqual(["First, see us (https://example.org/contact)"]);
  });
});

describe("linkText", () => {
  it.each([
    ["Contact Page", "https://example.org/contact", "Contact Page (https://example.org/contact)"],
    ["a@example.org", "mailto:a@example.org", "a@example.org"],
    ["write to us", "mailto:a@example.org?subject=Privacy", "write to us (a@example.org)"],
    ["https://example.org/", "https://example.org/", "https://example.org/"],
    ["", "https://example.org/x", "https://example.org/x"],
    ["bad", "mailto:%E0%A4%A", "bad (%E0%A4%A)"],
  ])("%s → %s", (label, href, expected) => {
    expect(linkText(label, href)).toBe(expected);
  });
});
