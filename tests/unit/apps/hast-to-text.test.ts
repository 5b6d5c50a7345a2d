import { describe, expect, it } from "vitest";
import { clauseElements, clauseText, hastToText, linkText } from "@/lib/apps/hast-to-text";
import { renderMarkdownTree } from "@/lib/markdown/render-markdown";

const options = { clauseAnchors: { shareUrl: "https://example.org/privacy", selfLinks: false }, absoluteLinksBase: "https://example.org/privacy" };
const text = (markdown: string) => hastToText(renderMarkdownTree(markdown, options));

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

  it("keeps loose list items' paragraphs and drops inline markup", () => {
    expect(text("- **Bold** item\n\n  more about it\n- _second_ `code`\n")).toBe("- Bold item\n  more about it\n- second code");
  });

  it("keeps every character: text is UTF-8, not ASCII", () => {
    expect(text("Données — «protégées» ✓\n")).toBe("Données — «protégées» ✓");
  });

  it("never shows clause markers or raw HTML", () => {
    const result = text('Para <b onclick="x()">raw</b> end. {#s--para}\n');
    expect(result).not.toContain("{#");
    expect(result).not.toContain("onclick");
  });
});

describe("clause texts", () => {
  it("are each clause's own words in order, without nested lists", () => {
    const tree = renderMarkdownTree("Intro: {#s--intro}\n\n- Parent {#s--parent}\n  - Child {#s--child}\n", options);
    expect(clauseElements(tree).map((element) => [element.properties.id, clauseText(element)])).toEqual([
      ["s--intro", "Intro:"],
      ["s--parent", "Parent"],
      ["s--child", "Child"],
    ]);
  });
});

describe("linkText", () => {
  it.each([
    ["Contact Page", "https://example.org/contact", "Contact Page (https://example.org/contact)"],
    ["a@example.org", "mailto:a@example.org", "a@example.org"],
    ["write to us", "mailto:a@example.org?subject=Privacy", "write to us (a@example.org)"],
    ["https://example.org/", "https://example.org/", "https://example.org/"],
    ["", "https://example.org/x", "https://example.org/x"],
  ])("%s → %s", (label, href, expected) => {
    expect(linkText(label, href)).toBe(expected);
  });
});
