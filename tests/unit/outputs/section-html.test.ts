import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/policy/markdown";
import { type HtmlVariant, htmlTree, renderHtml } from "@/lib/outputs/section-html";
import { fixturePolicy } from "../policy/fixture-content";

/**
 * fixtures/VARIANT/NAME/input.md is rendered in VARIANT and compared with expected.html beside it.
 * `UPDATE_FIXTURES=1 npx vitest run tests/unit/outputs/section-html.test.ts` rewrites them: review the diff.
 */
const fixturesDir = path.join(import.meta.dirname, "fixtures");
const VARIANTS: readonly HtmlVariant[] = ["page", "embed", "app"];
const fixtures = VARIANTS.flatMap((variant) =>
  fs
    .readdirSync(path.join(fixturesDir, variant))
    .sort()
    .map((name) => ({ variant, name, dir: path.join(fixturesDir, variant, name) })),
);

// The site is https://example.org; s--data-portability replaced the retired anchor s--portability.
const policy = { ...fixturePolicy(), retiredAnchors: new Map([["s--data-portability", ["s--portability"]]]) };
const render = (markdown: string, variant: HtmlVariant) => renderHtml(policy, parseMarkdown(markdown, "test.md"), variant);

describe("renderHtml", () => {
  it.each(fixtures)("renders $variant/$name as expected.html", ({ variant, dir }) => {
    const html = render(fs.readFileSync(path.join(dir, "input.md"), "utf8"), variant);
    const expectedFile = path.join(dir, "expected.html");
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, `${html}\n`);
    expect(html).toBe(fs.readFileSync(expectedFile, "utf8").trim());
  });

  it("never lets a script tag, event handler, script URL or clause marker through, in any variant", () => {
    const html = fixtures.map(({ variant, dir }) => render(fs.readFileSync(path.join(dir, "input.md"), "utf8"), variant)).join("\n");
    expect(html).not.toMatch(/<script|<iframe|<style|<object|<form|<meta|<base|\son[a-z]+=|javascript:|vbscript:|data:text/i);
    // A marker in the middle of a clause is left as text on purpose (content:check reports it); any other is gone.
    const wellPlaced = fixtures.filter(({ name }) => name !== "malformed-marker-stays-visible");
    const rendered = wellPlaced.map(({ variant, dir }) => render(fs.readFileSync(path.join(dir, "input.md"), "utf8"), variant)).join("\n");
    expect(rendered).not.toContain("{#");
  });

  it("keeps the exact public id, which sanitising alone would prefix with user-content-", () => {
    for (const variant of VARIANTS) {
      const html = render("- Access your data {#your-rights--access}\n", variant);
      expect(html).toContain('<li id="your-rights--access" class="clause">');
      expect(html).not.toContain("user-content-");
      expect(html).not.toContain("data-clause");
    }
  });

  it("gives clauses self-links on the site's pages only: the embed view and apps keep the ids without link UI", () => {
    expect(render("Text. {#s--text}\n", "page")).toContain('class="clause-anchor"');
    expect(render("Text. {#s--text}\n", "embed")).toBe('<p id="s--text" class="clause">Text.</p>');
    expect(render("Text. {#s--text}\n", "app")).toBe('<p id="s--text" class="clause">Text.</p>');
  });

  it("makes site links absolute for apps only, and leaves other schemes alone", () => {
    const markdown = "[a](/contact) [b](#cookies) [c](/privacy/cookies#x) [d](mailto:a@example.org) [e](https://other.example/)\n";
    expect(render(markdown, "app")).toBe(
      '<p><a href="https://example.org/contact">a</a> <a href="https://example.org/privacy#cookies">b</a> <a href="https://example.org/privacy/cookies#x">c</a> <a href="mailto:a@example.org">d</a> <a href="https://other.example/">e</a></p>',
    );
    expect(render(markdown, "embed")).toContain('<a href="/contact">a</a>');
  });

  it("never turns a removed unsafe link into a working one", () => {
    for (const variant of VARIANTS) expect(render("[x](javascript:alert(1))\n", variant)).toBe("<p><a>x</a></p>");
  });

  it("never gives an element an id that content wrote, whatever the marker holds", () => {
    const tree = parseMarkdown("Text. {#s--ok}\n", "test.md");
    // Only remarkClauseIds sets data-clause, and only from a marker; an id that is not a clause id is dropped.
    const paragraph = tree.children[0];
    if (paragraph?.type !== "paragraph") throw new Error("no paragraph");
    paragraph.data = { clauseId: "Not Valid", hProperties: { dataClause: "Not Valid" } };
    expect(renderHtml(policy, tree, "page")).toBe("<p>Text.</p>");
  });
});

describe("htmlTree", () => {
  it("gives a fresh copy each time: changing one changes no other variant or later call", () => {
    const markdown = parseMarkdown("- Item {#s--item}\n", "test.md");
    const first = htmlTree(policy, markdown, "embed");
    first.children = [];
    expect(renderHtml(policy, markdown, "embed")).toBe('<ul>\n<li id="s--item" class="clause">Item</li>\n</ul>');
    expect(renderHtml(policy, markdown, "page")).toContain('href="#s--item"');
    expect(htmlTree(policy, markdown, "embed")).not.toBe(htmlTree(policy, markdown, "embed"));
  });

  it("leaves the Markdown tree of the model unchanged", () => {
    const markdown = parseMarkdown("See [us](/contact). {#s--see}\n", "test.md");
    const before = structuredClone(markdown);
    for (const variant of VARIANTS) renderHtml(policy, markdown, variant);
    expect(markdown).toEqual(before);
  });
});
