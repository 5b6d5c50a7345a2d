import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildCspManifest } from "@/lib/security/build-csp-manifest";
import { routeOfHtmlFile } from "@/lib/security/csp-manifest";
import { inlineCodeOtherThanScripts, inlineScriptHashes, inlineScripts, isExecutable, scriptHashSource } from "@/lib/security/inline-scripts";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const PAGE = [
  "<!DOCTYPE html><html><head>",
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
  "</head><body><p>Text</p>",
  '<script id="_R_">self.boot()</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<SCRIPT type="module">import("/x.js")</SCRIPT>',
  '<script type="text/javascript; charset=utf-8">one()</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  "</body></html>",
].join("");

describe("inline scripts of a prerendered page", () => {
  it("finds every script without src, with its attributes and exact text", () => {
    expect(inlineScripts(PAGE).map((script) => [script.attributes.get("type") ?? null, script.text])).toEqual([
      ["application/ld+json", '{"@context":"https://schema.org"}'],
      [null, "self.boot()"],
      [null, "(self.__next_f=self.__next_f||[]).push([0])"],
      ["module", 'import("/x.js")'],
      ["text/javascript; charset=utf-8", "one()"],
      [null, "(self.__next_f=self.__next_f||[]).push([0])"],
    ]);
  });

  it("hashes what the browser runs, once each, and leaves out data blocks such as JSON-LD", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha("self.boot()"), sha("(self.__next_f=self.__next_f||[]).push([0])"), sha('import("/x.js")'), sha("one()")]);
  });

  it.each([
    [undefined, true],
    ["", true],
    ["text/javascript", true],
    ["module", true],
    ["importmap", true],
    ["application/ld+json", false],
    ["application/json", false],
    ["text/plain", false],
  ])("a script of type %s runs: %s", (type, runs) => {
    expect(isExecutable({ attributes: new Map(type === undefined ? [] : [["type", type]]), text: "" })).toBe(runs);
  });

  it("hashes the text as the browser sees it, with CR LF read as LF", () => {
    expect(scriptHashSource("a()\r\nb()\rc()")).toBe(sha("a()\nb()\nc()"));
    expect(scriptHashSource("é")).toBe(`'sha256-${createHash("sha256").update(Buffer.from("é", "utf8")).digest("base64")}'`);
  });

  it("names inline styles and event handlers, which no script hash can allow", () => {
    expect(inlineCodeOtherThanScripts(PAGE)).toEqual([]);
    expect(inlineCodeOtherThanScripts('<div style="color:red"><style>p{}</style><img src="x" onerror="a()"></div>')).toEqual([
      "an inline <style> element",
      'a style="…" attribute',
      'an event-handler attribute onerror="…"',
    ]);
    expect(inlineCodeOtherThanScripts('<script>var s = \'<b style="x" onclick="y">\';</script><p data-style="a">onclick=</p>')).toEqual([]);
  });
});

describe("the CSP manifest of a build", () => {
  it("maps each prerendered file to its route", () => {
    expect(routeOfHtmlFile("privacy.html")).toBe("/privacy");
    expect(routeOfHtmlFile("privacy/embed/cookies.html")).toBe("/privacy/embed/cookies");
    expect(routeOfHtmlFile("_not-found.html")).toBe("/_not-found");
    expect(routeOfHtmlFile("index.html")).toBe("/");
  });

  it("lists each page's hashes and fails on inline styles, but not on Next's own server-error page", () => {
    const { manifest, problems } = buildCspManifest([
      { file: "privacy.html", html: PAGE },
      { file: "_not-found.html", html: "<script>nf()</script>" },
      { file: "_global-error.html", html: '<style>x{}</style><div style="a"></div><script>ge()</script>' },
      { file: "contact.html", html: '<p style="color:red">x</p>' },
    ]);
    expect(manifest.routes["/_not-found"]).toEqual([sha("nf()")]);
    expect(manifest.routes["/privacy"]).toHaveLength(4);
    expect(manifest.routes["/_global-error"]).toEqual([sha("ge()")]);
    expect(problems).toEqual([
      'contact.html: has a style="…" attribute, which the Content-Security-Policy blocks — style it from a CSS file, and attach handlers from a client component',
    ]);
  });

  it("fails without a 404 page to fall back on", () => {
    expect(buildCspManifest([{ file: "privacy.html", html: PAGE }]).problems).toEqual([
      expect.stringMatching(/^no _not-found\.html: unknown paths would have no policy to fall back on/),
    ]);
  });
});
