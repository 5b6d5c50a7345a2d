import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

const fixturesDir = path.join(import.meta.dirname, "../../fixtures/markdown");
const fixtures = fs.readdirSync(fixturesDir).sort();

describe("renderMarkdown", () => {
  it.each(fixtures)("renders %s as expected.html", (name) => {
    const input = fs.readFileSync(path.join(fixturesDir, name, "input.md"), "utf8");
    const expected = fs.readFileSync(path.join(fixturesDir, name, "expected.html"), "utf8");
    expect(renderMarkdown(input)).toBe(expected.trim());
  });

  it("never lets a script tag, event handler or script URL through", () => {
    const html = fixtures
      .map((name) => renderMarkdown(fs.readFileSync(path.join(fixturesDir, name, "input.md"), "utf8")))
      .join("\n");
    expect(html).not.toMatch(/<script|<iframe|<style|\son[a-z]+=|javascript:|vbscript:|data:text/i);
  });
});
