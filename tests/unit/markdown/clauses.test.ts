import { describe, expect, it } from "vitest";
import { addMissingClauseIds, collectClauses, proposeClauseId } from "@/lib/markdown/clauses";

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
});

describe("collectClauses", () => {
  it("finds top-level paragraphs and list items, nested ones included, with their markers", () => {
    const markdown = "Intro with a [link](/contact). {#s--intro}\n\n- One {#s--one}\n  - Nested {#s--nested}\n- Two\n";
    expect(collectClauses(markdown).map(({ kind, id, text }) => ({ kind, id, text }))).toEqual([
      { kind: "paragraph", id: "s--intro", text: "Intro with a link." },
      { kind: "item", id: "s--one", text: "One" },
      { kind: "item", id: "s--nested", text: "Nested" },
      { kind: "item", id: null, text: "Two" },
    ]);
  });
});

describe("addMissingClauseIds", () => {
  it("adds markers only where none is, and leaves existing ids and wording alone", () => {
    const markdown = "We may use:\n\n- Kept wording, new text {#s--old-name}\n- Email communication\n";
    const result = addMissingClauseIds("s", markdown, new Set());
    expect(result.added).toEqual(["s--we-may-use", "s--email-communication"]);
    expect(result.markdown).toBe("We may use: {#s--we-may-use}\n\n- Kept wording, new text {#s--old-name}\n- Email communication {#s--email-communication}\n");
  });

  it("changes nothing the second time", () => {
    const once = addMissingClauseIds("s", "- A clause\n- Another clause\n", new Set()).markdown;
    expect(addMissingClauseIds("s", once, new Set())).toEqual({ markdown: once, added: [] });
  });
});
