import { type APIRequestContext, expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

// The pages are complete without JavaScript, so the browser gets none of Next's or React's: scripts/postbuild.ts
// strips the runtime from the prerendered HTML. These tests check what is actually served, page by page, independently
// of that transform's own checks (scripts/strip-framework-runtime.ts).

/** A page to check, and the status it is served with. */
type Row = { path: string; status: number };

/** Pages that are not in the sitemap (the embed view is not indexed, the 404 page has no address of its own). */
const EXTRA_ROWS: Row[] = [
  { path: "/privacy/embed", status: 200 },
  { path: "/privacy/embed/cookies", status: 200 },
  { path: "/no-such-page", status: 404 },
];

/** Every page: the sitemap's URLs on this server (their paths; the sitemap names the public origin), then the rest. */
async function pageTable(request: APIRequestContext): Promise<Row[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status(), "/sitemap.xml").toBe(200);
  const parser = new XMLParser({ ignoreDeclaration: true, ignoreAttributes: true, isArray: (name) => name === "url", parseTagValue: false });
  const { urlset } = parser.parse(await response.text()) as { urlset: { url: Array<{ loc: string }> } };
  const fromSitemap = urlset.url.map(({ loc }) => {
    const url = new URL(loc);
    return { path: `${url.pathname}${url.search}`, status: 200 };
  });
  expect(fromSitemap.length, "pages in the sitemap").toBeGreaterThan(1);
  return [...fromSitemap, ...EXTRA_ROWS];
}

const NEXT_SCRIPT = /\/_next\/static\/[^"'\s)>]*\.m?js\b/g;
/** Our one script, rendered by the root layout. */
const SITE_SCRIPT = /^\/assets\/site\.[^/]+\.js$/;
const SCRIPT_TAG = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;

/** Everything in a page's HTML that would run or fetch a script other than our one file. */
function scriptProblems(html: string): string[] {
  const problems = [...new Set(html.match(NEXT_SCRIPT) ?? [])].map((reference) => `references ${reference}`);
  for (const [tag, attributes = "", text = ""] of html.matchAll(SCRIPT_TAG)) {
    const src = /\ssrc\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase();
    if (src !== undefined) {
      if (!SITE_SCRIPT.test(src) || text.trim() !== "") problems.push(`has ${tag.slice(0, 120)}`);
    } else if (type !== "application/ld+json") {
      problems.push(`has an inline script: ${tag.slice(0, 120)}`);
    }
  }
  if (/self\.__next_f/.test(html)) problems.push("carries RSC flight data (self.__next_f)");
  for (const [link] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/rel="[^"]*modulepreload/i.test(link) || /\sas="script"/i.test(link)) problems.push(`preloads a script: ${link}`);
  }
  return problems;
}

/** What loading a page may fetch besides the page itself. */
function isAllowedSubresource(url: URL): boolean {
  const { pathname } = url;
  return (
    /^\/_next\/static\/.+\.css$/.test(pathname) ||
    SITE_SCRIPT.test(pathname) ||
    ["/favicon.ico", "/icon.svg", "/apple-icon"].includes(pathname)
  );
}

test.describe("no page ships Next.js or React to the browser", () => {
  test("the served HTML of every page has no framework script, no inline script but JSON-LD, and no flight data", async ({ request }) => {
    for (const row of await pageTable(request)) {
      await test.step(row.path, async () => {
        const response = await request.get(row.path);
        expect.soft(response.status(), row.path).toBe(row.status);
        expect.soft(response.headers()["content-type"], row.path).toContain("text/html");
        expect.soft(scriptProblems(await response.text()), row.path).toEqual([]);
      });
    }
  });

  test("loading every page in Chromium fetches only the page, its stylesheets, our script and icons", async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    for (const row of await pageTable(request)) {
      await test.step(row.path, async () => {
        const documentUrl = new URL(row.path, origin).href;
        const unexpected: string[] = [];
        const onRequest = (pending: { url(): string }) => {
          const url = new URL(pending.url());
          if (url.protocol === "data:" || url.href === documentUrl) return;
          if (url.origin !== origin || !isAllowedSubresource(url)) unexpected.push(url.href);
        };
        page.on("request", onRequest);
        const response = await page.goto(row.path, { waitUntil: "networkidle" });
        page.off("request", onRequest);
        expect.soft(response?.status(), row.path).toBe(row.status);
        expect.soft(unexpected, `${row.path}: requests other than the HTML, CSS, our script and icons`).toEqual([]);
      });
    }
  });

  // The refusal itself is proxy.ts's: a flight payload is the framework's wire format, and with no runtime in the
  // page nothing legitimate asks for one. No redirects are followed, so a 3xx towards one counts as a failure too.
  for (const [label, asFlight] of [
    ["the RSC: 1 header", (path: string) => ({ path, headers: { RSC: "1" } })],
    ["?_rsc=abc", (path: string) => ({ path: `${path}${path.includes("?") ? "&" : "?"}_rsc=abc`, headers: {} })],
  ] as const) {
    test(`asking for any page's flight payload with ${label} is refused with 400`, async ({ request }) => {
      for (const row of await pageTable(request)) {
        const ask = asFlight(row.path);
        await test.step(ask.path, async () => {
          const response = await request.get(ask.path, { headers: ask.headers, maxRedirects: 0 });
          expect.soft(response.status(), ask.path).toBe(400);
          expect.soft(response.headers()["content-type"] ?? "", ask.path).not.toContain("text/x-component");
        });
      }
    });
  }

  test("a page's .rsc file is not served either", async ({ request }) => {
    for (const row of await pageTable(request)) {
      const path = `${new URL(row.path, "http://x").pathname}.rsc`;
      await test.step(path, async () => {
        const response = await request.get(path, { maxRedirects: 0 });
        expect.soft(response.status(), path).toBeGreaterThanOrEqual(400);
        expect.soft(response.headers()["content-type"] ?? "", path).not.toContain("text/x-component");
      });
    }
  });
});
