import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildPolicyDocument, policyDocumentSchema, policyJsonSchema } from "@/lib/apps/policy-document";
import { buildPolicyMarkdown } from "@/lib/apps/policy-markdown";
import { buildPolicyText } from "@/lib/apps/policy-text";
import { collectClauses } from "@/lib/markdown/clauses";
import { parseContent } from "@/lib/content/parse-content";
import { loadContent } from "@/lib/content/load-content";
import { anchorLockFile, FIXTURE_IDS, sectionFile, TODAY, validFiles, withFile, withSection } from "../content/fixture-content";

/** The fixture policy with some sections' text replaced, and an anchor lock that records their clauses. */
function fixturePolicy(bodies: Record<number, string>) {
  let files = validFiles();
  const published: string[] = [];
  for (const [index, id] of FIXTURE_IDS.entries()) {
    const body = bodies[index + 1];
    if (body !== undefined) files = withSection(files, index + 1, sectionFile(index + 1, id, { body }));
    published.push(id, ...collectClauses(body ?? `x {#${id}--text}`).flatMap((clause) => (clause.id ? [clause.id] : [])));
  }
  files = withFile(files, anchorLockFile({ published }));
  const { data, errors } = parseContent(files, { today: TODAY });
  if (!data) throw new Error(errors.map((error) => `${error.file}: ${error.field} ${error.message}`).join("\n"));
  return data;
}

const RICH_BODY = [
  "Intro with a [link](/privacy#bravo) and [mail](mailto:privacy@example.org). {#alpha--intro}",
  "",
  "- First item {#alpha--first}",
  "- Second, see [contact](/contact) {#alpha--second}",
].join("\n");
const rich = fixturePolicy({ 1: RICH_BODY });
const real = loadContent(process.cwd(), { siteUrlOverride: "" }).data;
if (!real) throw new Error("the real content is invalid: run npm run content:check");

describe("buildPolicyText", () => {
  const document = buildPolicyDocument(rich);
  const text = buildPolicyText(document);

  it("starts with the title, the organisation and the last-updated date written out", () => {
    expect(text.split("\n").slice(0, 6)).toEqual([
      "Privacy Policy",
      "==============",
      "",
      "example.org",
      "Last updated: 1 February 2026",
      "Online: https://example.org/privacy",
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
    const realText = buildPolicyText(buildPolicyDocument(real));
    expect(realText).toContain("support@smartsiptv.fr or visit our Contact Page (https://smartsiptv.fr/contact).");
    expect(realText).not.toContain("mailto:");
    expect(realText.endsWith("\n")).toBe(true);
  });
});

describe("buildPolicyMarkdown", () => {
  const markdown = buildPolicyMarkdown(rich);

  it("is one document: the title, then a numbered ## heading per section", () => {
    expect(markdown.startsWith("# Privacy Policy\n\nexample.org · Last updated: 1 February 2026 · <https://example.org/privacy>\n\n## 1. Section alpha\n")).toBe(true);
    expect(markdown.match(/^## .+$/gm)).toEqual(FIXTURE_IDS.map((id, index) => `## ${index + 1}. Section ${id}`));
  });

  it("strips clause markers and makes site links absolute", () => {
    expect(markdown).toContain("Intro with a [link](https://example.org/privacy#bravo) and [mail](mailto:privacy@example.org).\n");
    expect(markdown).toContain("- Second, see [contact](https://example.org/contact)\n");
    expect(markdown).not.toContain("{#");
    expect(markdown).not.toMatch(/\]\((?!https?:|mailto:)/);
  });

  it("keeps every clause's words: read back, the real policy has the same clauses in the same order", () => {
    const exported = buildPolicyMarkdown(real);
    const readBack = exported
      .split(/^## .+$/m)
      .slice(1)
      .flatMap((body) => collectClauses(body).map((clause) => clause.text));
    const original = real.sections.flatMap((section) => section.clauses.map((clause) => clause.text));
    // Link targets differ (absolute now); the words a reader sees do not.
    expect(readBack).toEqual(original);
  });

  it("moves headings inside a section below the section's own heading", () => {
    const withHeading = fixturePolicy({ 2: "# Inner\n\nText. {#bravo--text}" });
    expect(buildPolicyMarkdown(withHeading)).toContain("## 2. Section bravo\n\n### Inner");
  });
});

describe("buildPolicyDocument", () => {
  const document = buildPolicyDocument(real);

  it("has every section in order, with the clause ids of the page", () => {
    expect(document.sections.map((section) => section.id)).toEqual(real.sections.map((section) => section.id));
    for (const [index, section] of document.sections.entries()) {
      const source = real.sections[index];
      expect(section.clauses.map(({ id, kind }) => ({ id, kind }))).toEqual(source?.clauses.map(({ id, kind }) => ({ id, kind })));
      expect(section.url).toBe(`https://smartsiptv.fr/privacy/${section.id}`);
      for (const clause of section.clauses) expect(clause.url).toBe(`https://smartsiptv.fr/privacy#${clause.id}`);
    }
  });

  it("gives apps the page's HTML with clause ids but no self-links, and absolute links", () => {
    const contact = document.sections.find((section) => section.id === "contact");
    expect(contact?.html).toBe(
      '<p id="contact--privacy-related-questions" class="clause">For privacy-related questions, contact us at <a href="mailto:support@smartsiptv.fr">support@smartsiptv.fr</a> or visit our <a href="https://smartsiptv.fr/contact">Contact Page</a>.</p>',
    );
    for (const section of document.sections) expect(section.html).not.toContain("clause-anchor");
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
