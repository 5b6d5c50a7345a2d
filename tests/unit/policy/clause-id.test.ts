import { describe, expect, it } from "vitest";
import { addMissingClauseIds, CLAUSE_ID, clauseCandidates, proposeClauseId, strayMarkerCount } from "@/lib/policy/clause-id";
import { parseMarkdown } from "@/lib/policy/markdown";

const parse = (markdown: string) => parseMarkdown(markdown, "test.md");
const addIds = (sectionId: string, markdown: string, taken: ReadonlySet<string> = new Set()) => addMissingClauseIds(sectionId, markdown, parse(markdown), taken);

describe("proposeClauseId", () => {
  it("names a labelled item after its label", () => {
    expect(proposeClauseId("information-we-collect", "Account Information: Email address provided during registration", new Set())).toBe(
      "information-we-collect--account-information",
    );
  });

  it("names other clauses after their first three meaningful words", () => {
    expect(proposeClauseId("your-rights", "Request deletion of your data", new Set())).toBe("your-rights--request-deletion-data");
    expect(proposeClauseId("how-we-use-your-information", "To provide and maintain our IPTV service", new Set())).toBe(
      "how-we-use-your-information--provide-maintain-iptv",
    );
  });

  it("turns punctuation and accents into plain kebab-case", () => {
    expect(proposeClauseId("data-protection", "SSL/TLS encryption for all data transmission", new Set())).toBe("data-protection--ssl-tls-encryption");
    expect(proposeClauseId("cookies", "Données d’accès éventuelles", new Set())).toBe("cookies--donnees-dacces-eventuelles");
  });

  it("never hands out an id that is taken or was published before", () => {
    const taken = new Set(["your-rights--data-portability", "your-rights--data-portability-2"]);
    expect(proposeClauseId("your-rights", "Data portability", taken)).toBe("your-rights--data-portability-3");
  });

  it("proposes ids of the form CLAUSE_ID accepts", () => {
    for (const text of ["Request deletion of your data", "Account Information: x", "&&&", "Données"]) {
      expect(proposeClauseId("your-rights", text, new Set())).toMatch(CLAUSE_ID);
    }
  });
});

describe("remarkClauseIds, run by parseMarkdown", () => {
  it("moves a clause's marker out of its text and into the tree", () => {
    const paragraph = parse("Some words. {#s--words}\n").children[0];
    expect(paragraph).toMatchObject({
      type: "paragraph",
      children: [{ type: "text", value: "Some words." }],
      data: { clauseId: "s--words", hProperties: { dataClause: "s--words" } },
    });
  });

  it("marks a clause without a marker as having no id yet", () => {
    expect(parse("No marker here.\n").children[0]?.data).toEqual({ clauseId: null });
  });

  it("leaves a marker that is not at the end of its clause in the text, where strayMarkerCount finds it", () => {
    const tree = parse("Text {#s--x} with more words.\n\n- Item {#s--y} and more\n");
    expect(strayMarkerCount(tree)).toBe(2);
    expect(strayMarkerCount(parse("Text. {#s--x}\n\n- Item {#s--y}\n"))).toBe(0);
  });
});

describe("clauseCandidates", () => {
  it("finds top-level paragraphs and list items, nested ones included, with their markers", () => {
    const markdown = "Intro with a [link](/contact). {#s--intro}\n\n- One {#s--one}\n  - Nested {#s--nested}\n- Two\n";
    expect(clauseCandidates(parse(markdown)).map(({ kind, id, text }) => ({ kind, id, text }))).toEqual([
      { kind: "paragraph", id: "s--intro", text: "Intro with a link." },
      { kind: "item", id: "s--one", text: "One" },
      { kind: "item", id: "s--nested", text: "Nested" },
      { kind: "item", id: null, text: "Two" },
    ]);
  });

  it("takes a loose item's words from its first paragraph, where its marker goes", () => {
    const markdown = "- First paragraph {#s--loose}\n\n  Second paragraph.\n\n- Other {#s--other}\n";
    expect(clauseCandidates(parse(markdown)).map(({ id, text }) => ({ id, text }))).toEqual([
      { id: "s--loose", text: "First paragraph" },
      { id: "s--other", text: "Other" },
    ]);
  });
});

describe("addMissingClauseIds", () => {
  it("adds markers only where none is, and leaves existing ids and wording alone", () => {
    const markdown = "We may use:\n\n- Kept wording, new text {#s--old-name}\n- Email communication\n";
    const result = addIds("s", markdown);
    expect(result.added).toEqual(["s--we-may-use", "s--email-communication"]);
    expect(result.source).toBe("We may use: {#s--we-may-use}\n\n- Kept wording, new text {#s--old-name}\n- Email communication {#s--email-communication}\n");
  });

  it("changes nothing the second time", () => {
    const once = addIds("s", "- A clause\n- Another clause\n").source;
    expect(addIds("s", once)).toEqual({ source: once, added: [] });
  });

  it("never reuses a taken id, nor one it has just handed out", () => {
    expect(addIds("s", "- Email us\n- Email us\n", new Set(["s--email"])).added).toEqual(["s--email-2", "s--email-3"]);
  });

  it("puts a loose item's marker after its first paragraph", () => {
    expect(addIds("s", "- First words\n\n  More words.\n").source).toBe("- First words {#s--first-words}\n\n  More words.\n");
  });
});
