import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { clauseCandidates } from "@/lib/policy/clause-id";
import { parseMarkdown } from "@/lib/policy/markdown";
import { DATA_FORMATS } from "@/lib/outputs/data-formats";
import { policyDocument, policyDocumentSchema, policyJsonSchema } from "@/lib/outputs/policy-json";
import { policyMarkdown } from "@/lib/outputs/policy-markdown";
import { policyText } from "@/lib/outputs/policy-text";
import { FIXTURE_IDS, fixturePolicy, fixtureTimeline, realPolicy } from "../policy/fixture-content";

const RICH_BODY = [
  "Intro with a [link](/privacy#bravo) and [mail](mailto:privacy@example.org). {#alpha--intro}",
  "",
  "- First item {#alpha--first}",
  "- Second, see [contact](/contact) {#alpha--second}",
].join("\n");
const richTimeline = fixtureTimeline({ alpha: RICH_BODY });
const rich = richTimeline.current;
const real = realPolicy();

describe("policyText", () => {
  const document = policyDocument(rich);
  const text = policyText(document);

  it("starts with the title, the organisation and the last-updated date written out", () => {
    expect(text.split("\n").slice(0, 7)).toEqual([
      "Privacy Policy",
      "==============",
      "",
      "example.org",
      "Last updated: 1 February 2026",
      "Online: https://example.org/privacy",
      "Questions: privacy@example.org",
    ]);
  });

  it("numbers the sections in order, each under its heading", () => {
    const headings = text.split("\n").filter((line, index, lines) => /^-+$/.test(lines[index + 1] ?? "") && line !== "");
    expect(headings).toEqual(FIXTURE_IDS.map((id, index) => `${index + 1}. Section ${id}`));
  });

  it("writes list items as '- ' lines and links out, without clause markers", () => {
    expect(text).toContain(
      "1. Section alpha\n----------------\n\nIntro with a link (https://example.org/privacy#bravo) and mail (privacy@example.org).\n\n- First item\n- Second, see contact (https://example.org/contact)\n",
    );
    expect(text).not.toContain("{#");
    expect(text).not.toMatch(/<[a-z]/);
  });

  it("has each section's JSON text as its body, exactly", () => {
    for (const section of document.sections) {
      expect(text).toContain(`\n\n${section.text}\n`);
    }
  });

  it("writes the real policy's links as a reader needs them", () => {
    const realText = policyText(policyDocument(real));
    expect(realText).toContain("support@smartsiptv.fr or visit our Contact Page (https://smartsiptv.fr/contact).");
    expect(realText).not.toContain("mailto:");
    expect(realText.endsWith("\n")).toBe(true);
  });
});

describe("policyMarkdown", () => {
  const markdown = policyMarkdown(rich);

  it("is one document: the title, then a numbered ## heading per section", () => {
    expect(markdown.startsWith("# Privacy Policy\n\nexample.org · Last updated: 1 February 2026 · <https://example.org/privacy>\n\n## 1. Section alpha\n")).toBe(true);
    expect(markdown.match(/^## .+$/gm)).toEqual(FIXTURE_IDS.map((id, index) => `## ${index + 1}. Section ${id}`));
  });

  it("has no clause markers and makes site links absolute", () => {
    expect(markdown).toContain("Intro with a [link](https://example.org/privacy#bravo) and [mail](mailto:privacy@example.org).\n");
    expect(markdown).toContain("- Second, see [contact](https://example.org/contact)\n");
    expect(markdown).not.toContain("{#");
    expect(markdown).not.toMatch(/\]\((?!https?:|mailto:)/);
  });

  it("keeps every clause's words: read back, the real policy has the same clauses in the same order", () => {
    const readBack = policyMarkdown(real)
      .split(/^## .+$/m)
      .slice(1)
      .flatMap((body) => clauseCandidates(parseMarkdown(body, "policy.md")).map((clause) => clause.text));
    const original = real.sections.flatMap((section) => clauseCandidates(section.tree).map((clause) => clause.text));
    // Link targets differ (absolute now); the words a reader sees do not.
    expect(readBack).toEqual(original);
  });

  it("moves headings inside a section below the section's own heading", () => {
    const withHeading = fixturePolicy({ bravo: "# Inner\n\nText. {#bravo--text}" });
    expect(policyMarkdown(withHeading)).toContain("## 2. Section bravo\n\n### Inner");
  });

  it("leaves the model's Markdown trees as they were", () => {
    const before = structuredClone(rich.sections.map((section) => section.tree));
    policyMarkdown(rich);
    expect(rich.sections.map((section) => section.tree)).toEqual(before);
  });
});

describe("policyDocument", () => {
  const document = policyDocument(real);

  it("has every section in order, with the clause ids of the page", () => {
    expect(document.sections.map((section) => section.id)).toEqual(real.sections.map((section) => section.id));
    for (const [index, section] of document.sections.entries()) {
      const source = real.sections[index];
      expect(section.clauses.map(({ id, kind }) => ({ id, kind }))).toEqual(source?.clauses);
      expect(section.url).toBe(`https://smartsiptv.fr/privacy/${section.id}`);
      for (const clause of section.clauses) expect(clause.url).toBe(`https://smartsiptv.fr/privacy#${clause.id}`);
    }
  });

  it("gives each clause its own words as text", () => {
    const alpha = policyDocument(rich).sections[0];
    expect(alpha?.clauses.map(({ id, text }) => [id, text])).toEqual([
      ["alpha--intro", "Intro with a link (https://example.org/privacy#bravo) and mail (privacy@example.org)."],
      ["alpha--first", "First item"],
      ["alpha--second", "Second, see contact (https://example.org/contact)"],
    ]);
  });

  it("gives apps the page's HTML with clause ids but no self-links, and absolute links", () => {
    const contact = document.sections.find((section) => section.id === "contact");
    expect(contact?.html).toBe(
      '<p id="contact--privacy-related-questions" class="clause">For privacy-related questions, contact us at <a href="mailto:support@smartsiptv.fr">support@smartsiptv.fr</a> or visit our <a href="https://smartsiptv.fr/contact">Contact Page</a>.</p>',
    );
    for (const section of document.sections) expect(section.html).not.toContain("clause-anchor");
  });

  it("is made once per policy", () => {
    expect(policyDocument(real)).toBe(document);
  });

  it("is valid against the JSON Schema generated from its zod schema", () => {
    const schema = policyJsonSchema("https://smartsiptv.fr");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://smartsiptv.fr/privacy.schema.json");
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(document))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...document, sections: [] })).toBe(false);
    expect(validate({ ...document, extra: true })).toBe(false);
  });

  it("refuses to build a document its schema does not describe", () => {
    expect(() => policyDocumentSchema.parse({ ...document, updated: "26/11/2026" })).toThrow();
  });
});

describe("DATA_FORMATS", () => {
  it("serves each form with its media type, from the same model", () => {
    expect(Object.fromEntries(Object.entries(DATA_FORMATS).map(([format, { contentType }]) => [format, contentType]))).toEqual({
      json: "application/json; charset=utf-8",
      schema: "application/schema+json; charset=utf-8",
      text: "text/plain; charset=utf-8",
      markdown: "text/markdown; charset=utf-8",
      versions: "application/json; charset=utf-8",
      versionsSchema: "application/schema+json; charset=utf-8",
      feed: "application/atom+xml; charset=utf-8",
    });
    // The policy's own forms are those of the version in effect.
    expect(JSON.parse(DATA_FORMATS.json.body(richTimeline))).toEqual(policyDocument(rich));
    expect(JSON.parse(DATA_FORMATS.schema.body(richTimeline))).toEqual(policyJsonSchema("https://example.org"));
    expect(DATA_FORMATS.text.body(richTimeline)).toBe(policyText(policyDocument(rich)));
    expect(DATA_FORMATS.markdown.body(richTimeline)).toBe(policyMarkdown(rich));
  });

  it("ends every body with a newline", () => {
    for (const { body } of Object.values(DATA_FORMATS)) expect(body(richTimeline).endsWith("\n")).toBe(true);
  });
});
