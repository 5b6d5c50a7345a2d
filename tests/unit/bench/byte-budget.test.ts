import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { budgetReport, compressedSizes, referencedAssets, type PageSizes } from "@/scripts/byte-budget";

describe("referencedAssets", () => {
  it("finds every script src and stylesheet once, and ignores preloads and inline scripts", () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
      <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
      <link rel="icon" href="/favicon.ico"/>
      <script src="/_next/static/chunks/b.js" async=""></script>
      <script>self.__next_f.push([1,"x"])</script>
      <script src='/_next/static/chunks/c.js' noModule=""></script>
      <script src="/_next/static/chunks/b.js" async=""></script>
      <LINK REL="alternate stylesheet" HREF="/d.css">
    </head></html>`;
    expect(referencedAssets(html)).toEqual({
      css: ["/_next/static/chunks/a.css", "/d.css"],
      js: ["/_next/static/chunks/b.js", "/_next/static/chunks/c.js"],
    });
  });
});

describe("budget", () => {
  const asset = (url: string, gzip: number) => ({ url, raw: gzip * 3, gzip, brotli: gzip - 100 });
  const page = (htmlGzip: number, js: number[]): PageSizes => ({
    url: "http://127.0.0.1/privacy",
    html: asset("/privacy", htmlGzip),
    css: [],
    js: js.map((gzip, index) => asset(`/${index}.js`, gzip)),
  });

  it("compresses like gzip -9 and brotli", () => {
    const body = Buffer.from("privacy ".repeat(1000));
    const sizes = compressedSizes(body);
    expect(sizes.raw).toBe(8000);
    expect(sizes.gzip).toBe(zlib.gzipSync(body, { level: 9 }).length);
    expect(sizes.brotli).toBeLessThanOrEqual(sizes.gzip);
  });

  it("passes within budget: HTML and all of the page's JavaScript", () => {
    const report = budgetReport(page(5_900, [2_100]));
    expect(report.ok).toBe(true);
    expect(report.lines.join("\n")).toContain("JavaScript ≤ 4.0 kB gzip in all: OK (2.1 kB)");
  });

  it("fails over budget, for the HTML or for the JavaScript", () => {
    expect(budgetReport(page(6_001, [2_000])).ok).toBe(false);
    expect(budgetReport(page(4_000, [2_000, 2_001])).ok).toBe(false);
  });
});
