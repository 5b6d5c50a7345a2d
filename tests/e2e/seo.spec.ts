import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import { DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH } from "@/lib/outputs/description";
import { buildSitePages, indexablePages } from "@/lib/outputs/site-pages";
import { newestAnnouncement } from "@/lib/outputs/version-history";
import { getTimeline } from "@/lib/policy";
import { pages, policy } from "./site-content";

const { siteUrl, title: policyTitle, organization, contactEmail } = policy.metadata;
const seo = buildSitePages(policy);
const NOT_FOUND_PATH = "/privacy/no-such-section";

/** Each page a reader can open, with what search engines must be told about it. */
const indexable = indexablePages(seo).map((page) => {
  const known = pages.find((entry) => entry.path === page.path);
  if (!known) throw new Error(`${page.path} is not in the table of pages (site-content.ts)`);
  return { ...page, h1: known.h1, kind: page.breadcrumb ? "section" : "page" };
});

/** The expected <title> of each page, written out from the content rather than taken from the code under test. */
function expectedTitle(path: string): string {
  if (path === "/privacy") return `${policyTitle} — ${organization}`;
  if (path === "/contact") return `${policy.contact.title} — ${organization}`;
  const section = policy.sections.find((entry) => `/privacy/${entry.id}` === path);
  if (!section) throw new Error(`no section at ${path}`);
  return `${section.title} — ${policyTitle} — ${organization}`;
}

async function metaContent(page: Page, selector: string): Promise<string | null> {
  const locator = page.locator(`head ${selector}`);
  await expect(locator, selector).toHaveCount(1);
  return locator.getAttribute("content");
}

/** The path of an absolute URL that names this site, to fetch it from the server under test. */
function sitePath(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, `${url} should be on the site`).toBe(new URL(siteUrl).origin);
  return `${parsed.pathname}${parsed.search}`;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const jsonLdSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@graph": z.array(z.record(z.string(), z.unknown())).min(1),
});

/** The page's JSON-LD: exactly one block, which must parse as JSON with a schema.org @graph. */
async function jsonLdGraph(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  return jsonLdSchema.parse(JSON.parse(blocks[0] ?? ""))["@graph"];
}

/** Heading levels in document order, e.g. [1, 2, 2, 2]. */
async function headingLevels(page: Page): Promise<number[]> {
  const tags = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((elements) => elements.map((element) => element.tagName));
  return tags.map((tag) => Number(tag.slice(1)));
}

function expectNoHeadingJumps(levels: number[]) {
  expect(levels[0], "the first heading is the h1").toBe(1);
  expect(levels.filter((level) => level === 1), "exactly one h1").toHaveLength(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level, `heading ${index + 1} (h${level}) skips a level`).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1);
  });
}

const sitemapSchema = z.object({
  // Each entry's alternates (xhtml:link hreflang) are checked in french.spec.ts.
  urlset: z.object({ url: z.array(z.object({ loc: z.string(), lastmod: z.string(), "xhtml:link": z.unknown() }).strict()) }),
});

/** /sitemap.xml, checked to be well-formed XML, as a map from each <loc> to its <lastmod>. */
async function readSitemap(request: APIRequestContext): Promise<Map<string, string>> {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreDeclaration: true, ignoreAttributes: true, isArray: (name) => name === "url", parseTagValue: false });
  const { urlset } = sitemapSchema.parse(parser.parse(xml));
  return new Map(urlset.url.map((url) => [url.loc, url.lastmod]));
}

for (const expected of indexable) {
  test.describe(`${expected.path} for search engines`, () => {
    test("has its own title, a description from its content, an absolute canonical URL, Open Graph and Twitter card tags", async ({ page }) => {
      await page.goto(expected.path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page).toHaveTitle(expectedTitle(expected.path));

      const description = await metaContent(page, 'meta[name="description"]');
      expect(description).toBe(expected.description);
      expect(description?.length).toBeGreaterThanOrEqual(DESCRIPTION_MIN_LENGTH);
      expect(description?.length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);

      const canonical = page.locator('head link[rel="canonical"]');
      await expect(canonical).toHaveCount(1);
      await expect(canonical).toHaveAttribute("href", new URL(expected.path, siteUrl).href);

      expect(await metaContent(page, 'meta[property="og:title"]')).toBe(expectedTitle(expected.path));
      expect(await metaContent(page, 'meta[property="og:description"]')).toBe(description);
      expect(await metaContent(page, 'meta[property="og:url"]')).toBe(new URL(expected.path, siteUrl).href);
      expect(await metaContent(page, 'meta[property="og:type"]')).toBe("website");
      expect(await metaContent(page, 'meta[property="og:site_name"]')).toBe(organization);
      const ogImage = await metaContent(page, 'meta[property="og:image"]');
      expect(ogImage?.startsWith(`${siteUrl}/`), `og:image ${ogImage} is an absolute URL on the site`).toBe(true);
      expect(await metaContent(page, 'meta[property="og:image:width"]')).toBe("1200");
      expect(await metaContent(page, 'meta[property="og:image:height"]')).toBe("630");

      expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
      expect(await metaContent(page, 'meta[name="twitter:title"]')).toBe(expectedTitle(expected.path));
      expect(await metaContent(page, 'meta[name="twitter:description"]')).toBe(description);
      expect(await metaContent(page, 'meta[name="twitter:image"]')).toBe(ogImage);
      await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
    });

    test("has an Open Graph image of its own: a 1200×630 PNG", async ({ page, request }) => {
      await page.goto(expected.path);
      const ogImage = await metaContent(page, 'meta[property="og:image"]');
      const expectedImagePath = expected.path === "/privacy" ? "/privacy/opengraph-image" : `${expected.path}/opengraph-image`;
      expect(new URL(ogImage ?? "").pathname).toBe(expectedImagePath);
      const response = await request.get(sitePath(ogImage ?? ""));
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });

    test("carries one JSON-LD block: the WebPage, its WebSite and publisher, dated like the page and the sitemap", async ({ page, request }) => {
      await page.goto(expected.path);
      const visibleDate = await page.locator(".page-header .last-updated time[datetime]").getAttribute("datetime");
      expect(visibleDate).toBe(expected.updated);
      const lastmod = (await readSitemap(request)).get(expected.url);
      expect(lastmod).toBe(expected.updated);

      const graph = await jsonLdGraph(page);
      const webPage = graph.find((node) => node["@type"] === "WebPage");
      expect(webPage).toMatchObject({
        name: expected.h1,
        url: expected.url,
        inLanguage: "en",
        datePublished: expected.updated,
        dateModified: expected.updated,
        isPartOf: { "@type": "WebSite", url: siteUrl, name: organization },
        publisher: { "@type": "Organization", name: organization, contactPoint: { "@type": "ContactPoint", email: contactEmail } },
      });

      const breadcrumb = graph.find((node) => node["@type"] === "BreadcrumbList");
      if (expected.kind === "section") {
        expect(breadcrumb).toMatchObject({
          itemListElement: [
            { "@type": "ListItem", position: 1, name: policyTitle, item: `${siteUrl}/privacy` },
            { "@type": "ListItem", position: 2, name: expected.h1, item: expected.url },
          ],
        });
      } else {
        expect(breadcrumb).toBeUndefined();
      }
    });

    test("has exactly one h1 and headings that never skip a level", async ({ page }) => {
      await page.goto(expected.path);
      expectNoHeadingJumps(await headingLevels(page));
    });
  });
}

test.describe("the 404 page for search engines", () => {
  test("has its own title and description, is kept out of the index, and has Open Graph and Twitter card tags", async ({ page }) => {
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(`Page not found — ${policyTitle} — ${organization}`);
    const description = await metaContent(page, 'meta[name="description"]');
    expect(description?.length).toBeGreaterThanOrEqual(DESCRIPTION_MIN_LENGTH);
    expect(description?.length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
    const robots = await page.locator('head meta[name="robots"]').evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("content") ?? ""),
    );
    expect(robots.length).toBeGreaterThan(0);
    for (const content of robots) expect(content).toContain("noindex");
    // Shown at any unknown address: it has no canonical URL of its own to claim.
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
    expect(await metaContent(page, 'meta[property="og:title"]')).toBe(`Page not found — ${policyTitle} — ${organization}`);
    expect(await metaContent(page, 'meta[property="og:description"]')).toBe(description);
    expect(await metaContent(page, 'meta[property="og:site_name"]')).toBe(organization);
    const ogImage = await metaContent(page, 'meta[property="og:image"]');
    expect(ogImage?.startsWith(`${siteUrl}/`), `og:image ${ogImage} is an absolute URL on the site`).toBe(true);
    expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    expectNoHeadingJumps(await headingLevels(page));
  });
});

test("no two pages share a title or a description", async ({ page }) => {
  const seen: { path: string; title: string; description: string | null }[] = [];
  for (const path of [...indexable.map((entry) => entry.path), NOT_FOUND_PATH]) {
    await page.goto(path);
    seen.push({ path, title: await page.title(), description: await metaContent(page, 'meta[name="description"]') });
  }
  expect(new Set(seen.map((entry) => entry.title)).size, JSON.stringify(seen, null, 1)).toBe(seen.length);
  expect(new Set(seen.map((entry) => entry.description)).size, JSON.stringify(seen, null, 1)).toBe(seen.length);
});

test("/sitemap.xml lists exactly the policy, every section, the contact page and the versions, in both languages, each dated by its content", async ({ request }) => {
  const lastmod = await readSitemap(request);
  const expected = new Map<string, string>(
    (["", "/fr"] as const).flatMap((prefix) => {
      const timeline = getTimeline(prefix === "" ? "en" : "fr");
      const { current } = timeline;
      return [
        [`${siteUrl}${prefix}/privacy`, current.metadata.updated],
        ...current.sections.map((section): [string, string] => [`${siteUrl}${prefix}/privacy/${section.id}`, section.updated]),
        [`${siteUrl}${prefix}/contact`, current.contact.updated],
        // The list of versions changes when one is announced; archived versions are noindex, so not listed.
        [`${siteUrl}${prefix}/privacy/versions`, newestAnnouncement(timeline)],
      ];
    }),
  );
  expect(Object.fromEntries(lastmod)).toEqual(Object.fromEntries(expected));
});

test("/robots.txt allows crawling and names the sitemap by its absolute URL", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("User-Agent: *");
  expect(lines).toContain("Allow: /");
  expect(lines).not.toContain("Disallow: /");
  expect(lines).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
});

test("/favicon.ico and every icon a page links to are served", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect([...(await favicon.body()).subarray(0, 4)], "an ICO header").toEqual([0, 0, 1, 0]);

  await page.goto("/privacy");
  const hrefs = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThanOrEqual(2);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
  const appleIcon = hrefs.find((href) => href.startsWith("/apple-icon"));
  expect(pngSize(await (await request.get(appleIcon ?? "")).body())).toEqual({ width: 180, height: 180 });
});

test("loading a page requests nothing that fails, favicon included", async ({ page }) => {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") failures.push(`console: ${message.text()}`);
  });
  for (const { path } of indexable) await page.goto(path, { waitUntil: "networkidle" });
  expect(failures).toEqual([]);
});
