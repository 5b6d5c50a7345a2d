import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

const fixturesDir = path.join(import.meta.dirname, "../../fixtures/clause-anchors");
const options = {
  clauseAnchors: { shareUrl: "https://example.org/privacy", aliasesByTarget: new Map([["s--data-portability", ["s--portability"]]]) },
};

describe("rehypeClauseAnchors", () => {
  it.each(fs.readdirSync(fixturesDir).sort())("renders %s as expected.html", (name) => {
    const input = fs.readFileSync(path.join(fixturesDir, name, "input.md"), "utf8");
    const expectedFile = path.join(fixturesDir, name, "expected.html");
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, `${renderMarkdown(input, options)}\n`);
    expect(renderMarkdown(input, options)).toBe(fs.readFileSync(expectedFile, "utf8").trim());
  });

  it("keeps the exact public id, which sanitising alone would prefix with user-content-", () => {
    const html = renderMarkdown("- Access your data {#your-rights--access}\n", options);
    expect(html).toContain('<li id="your-rights--access" class="clause">');
    expect(html).not.toContain("user-content-");
    expect(html).not.toContain("{#");
  });

  it("leaves a malformed marker as visible text, for content:check to report", () => {
    expect(renderMarkdown("Text {#Not Valid}\n", options)).toBe("<p>Text {#Not Valid}</p>");
  });
});
