import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FrameworkRuntimeError, stripFrameworkRuntime } from "@/scripts/strip-framework-runtime";

const fixtures = path.join(import.meta.dirname, "fixtures");
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), "utf8");

/** `NAME.input.html` → `NAME.expected.html`; an input without an expected file must throw (see below). */
const pairs = fs
  .readdirSync(fixtures)
  .filter((name) => name.endsWith(".input.html") && fs.existsSync(path.join(fixtures, name.replace(".input.", ".expected."))))
  .map((name) => name.replace(".input.html", ""));

/** Wraps a body in the smallest page the transform accepts, to test one thing at a time. */
const page = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

function errorOf(html: string, options: { file: string; allowInlineStyles?: boolean }): FrameworkRuntimeError {
  try {
    stripFrameworkRuntime(html, options);
  } catch (error) {
    if (error instanceof FrameworkRuntimeError) return error;
    throw error;
  }
  throw new Error("expected stripFrameworkRuntime to throw");
}

describe("stripFrameworkRuntime: fixtures", () => {
  it("has the fixtures this suite relies on", () => {
    // The real page guards against drifting away from what Next actually writes.
    expect(pairs).toEqual(expect.arrayContaining(["next-bootstrap", "next-16.4-privacy-cookies"]));
  });

  it.each(pairs)("%s: gives exactly the expected HTML", (name) => {
    expect(stripFrameworkRuntime(read(`${name}.input.html`), { file: `${name}.input.html` })).toBe(read(`${name}.expected.html`));
  });

  it.each(pairs)("%s: is idempotent, so running it over an already-stripped build is harmless", (name) => {
    const once = stripFrameworkRuntime(read(`${name}.input.html`), { file: name });
    expect(stripFrameworkRuntime(once, { file: name })).toBe(once);
  });

  it.each(pairs)("%s: only removes, in order: the output is the input with whole ranges cut out", (name) => {
    const input = read(`${name}.input.html`);
    const output = stripFrameworkRuntime(input, { file: name });
    // Every output character appears in the input in the same order (a subsequence), and nothing was rewritten.
    let at = 0;
    for (const character of output) {
      at = input.indexOf(character, at);
      expect(at).not.toBe(-1);
      at += 1;
    }
  });

  it("throws, naming the file and everything it found, on a page that still streams content with the runtime", () => {
    const error = errorOf(read("throws-streamed-suspense.input.html"), { file: "throws-streamed-suspense.input.html" });
    expect(error.message).toContain("throws-streamed-suspense.input.html");
    expect(error.message).toContain("<!--$?-->");
    expect(error.message).toContain('<div hidden=true id="S:0">');
    expect(error.message).toContain('<template id="B:0">');
    expect(error.message).toContain("$RC=function");
  });
});

describe("stripFrameworkRuntime: what it keeps", () => {
  it("keeps JSON-LD, the site's own script, stylesheets and icons byte for byte", () => {
    const head =
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="icon" href="/favicon.ico?x" sizes="48x48"/>' +
      '<script src="/assets/site.0f0f.js" defer=""></script>';
    const html = page('<script type="application/ld+json">{"@type":"WebPage"}</script><p>Text</p>', head);
    expect(stripFrameworkRuntime(html, { file: "keep.html" })).toBe(html);
  });

  it("keeps a hidden div that is not Next's empty metadata outlet", () => {
    const html = page('<div hidden=""><p>Shown by our script</p></div><div hidden="" id="x"><!--$--><!--/$--></div>');
    expect(stripFrameworkRuntime(html, { file: "hidden.html" })).toBe(html);
  });
});

describe("stripFrameworkRuntime: what it refuses", () => {
  it.each([
    ["an inline script it does not know", page("<script>console.log(1)</script>"), "a script that is neither JSON-LD"],
    ["a module script elsewhere", page('<script type="module" src="https://cdn.example/x.js"></script>'), "a script that is neither JSON-LD"],
    ["a script of ours with inline code", page('<script src="/assets/site.1.js">alert(1)</script>'), "a script that is neither JSON-LD"],
    ["a script preload that is not Next's", page("", '<link rel="preload" as="script" href="https://cdn.example/x.js"/>'), "a script preload"],
    ["a Next chunk referenced elsewhere", page("", '<link rel="prefetch" href="/_next/static/chunks/later.js"/>'), "/_next/static/chunks/later.js"],
    ["an inline event handler", page('<img src="/a.png" alt="" onerror="x()"/>'), 'inline event handler onerror="…" on <img>'],
    ["an inline style attribute", page('<p style="color:red">Text</p>'), 'an inline style="…" on <p>'],
    ["an inline <style> element", page("", "<style>p{}</style>"), "an inline <style> element"],
    ["a javascript: URL", page('<a href="javascript:void(0)">x</a>'), "a javascript: URL in href on <a>"],
    ["a client-rendered boundary", page("<!--$!--><p>Fallback</p><!--/$-->"), "<!--$!-->"],
    ["streamed metadata left in the outlet", page('<div hidden=""><!--$--><title>Late</title><!--/$--></div>'), "hidden streaming outlet with content"],
  ])("throws on %s", (_, html, found) => {
    const error = errorOf(html, { file: "app/page.html" });
    expect(error.message).toContain("app/page.html");
    expect(error.message).toContain(found);
  });

  it("lets Next's own error page keep its inline styles, and nothing else, when told to", () => {
    const html = page('<div style="display:flex"><h1>500</h1></div><script src="/_next/static/chunks/a.js"></script>', "<style>:root{}</style>");
    expect(stripFrameworkRuntime(html, { file: "_global-error.html", allowInlineStyles: true })).toBe(
      page('<div style="display:flex"><h1>500</h1></div>', "<style>:root{}</style>"),
    );
    expect(errorOf(page('<p onclick="x()">x</p>'), { file: "_global-error.html", allowInlineStyles: true }).message).toContain("onclick");
  });
});
