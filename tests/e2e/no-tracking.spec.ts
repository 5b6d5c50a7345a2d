import { expect, type Page, test } from "@playwright/test";
import { pages, policy } from "./site-content";

const EMBED_PAGES = ["/privacy/embed?theme=dark&size=tv", ...policy.sections.map((section) => `/privacy/embed/${section.id}?theme=light`)];

/** What a page could have stored about its reader, anywhere the browser keeps data for a site. */
async function storedData(page: Page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    cacheStorage: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    documentCookie: document.cookie,
  }));
}

const NOTHING_STORED = { localStorage: 0, sessionStorage: 0, indexedDB: [], cacheStorage: [], serviceWorkers: 0, documentCookie: "" };

test.describe("the privacy policy tracks nobody", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("reading every page and using it sets no cookie, stores nothing, and contacts no other site", async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL ?? "").origin;
    const elsewhere: string[] = [];
    const cookieHeaders: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith("data:")) elsewhere.push(`${request.method()} ${url}`);
    });
    page.on("response", async (response) => {
      for (const { name } of await response.headersArray()) if (name.toLowerCase() === "set-cookie") cookieHeaders.push(response.url());
    });

    for (const { path } of pages) {
      await page.goto(path, { waitUntil: "networkidle" });
      await page.mouse.wheel(0, 2000);
    }
    // Use it as a reader would: contents, copy link (section and clause), previous/next, header links, a 404.
    await page.goto("/privacy");
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: /Your Rights/ }).click();
    await page.getByRole("button", { name: /^Copy link to section 6/ }).click();
    await expect(page.locator("section#your-rights .section-heading").getByRole("status")).toHaveText("Link copied");
    const clause = page.locator("section#your-rights li.clause").first();
    await clause.hover();
    await clause.getByRole("button", { name: "Copy link to this clause" }).click();
    await page.getByRole("banner").getByRole("link", { name: "Contact" }).click();
    await expect(page.locator("h1")).toHaveText(policy.contact.title);
    await page.goto(`/privacy/${policy.sections[0]?.id}`);
    await page.getByRole("navigation", { name: "Sections" }).locator('a[rel="next"]').click();
    await expect(page.locator("h1")).toHaveText(policy.sections[1]?.title ?? "");
    await page.goto("/privacy/no-such-section", { waitUntil: "networkidle" });
    for (const path of EMBED_PAGES) {
      await page.goto(path, { waitUntil: "networkidle" });
      await page.keyboard.press("ArrowDown");
    }
    await page.goto("/privacy/embed/cookies");
    await page.getByRole("link", { name: /^Next/ }).click();
    await page.goto("/privacy.json");
    await page.goto("/privacy", { waitUntil: "networkidle" });

    expect(elsewhere, "requests to any origin but the site").toEqual([]);
    expect(cookieHeaders, "responses that set a cookie").toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await storedData(page)).toEqual(NOTHING_STORED);
    const state = await context.storageState();
    expect(state.cookies).toEqual([]);
    expect(state.origins, "no origin has local storage").toEqual([]);
  });

  test("no page's HTML points the browser at another site for a script, style, icon, image or frame", async ({ request }) => {
    for (const path of [...pages.map((entry) => entry.path), ...EMBED_PAGES, "/privacy/no-such-section", "/fr/privacy", "/fr/privacy/embed", "/fr/no-such-page"]) {
      const html = await (await request.get(path)).text();
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) expect(src, path).toMatch(/^\/(?!\/)/);
      for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
        // Only rel=canonical and the language alternates (hreflang) name public addresses: names, never fetched.
        if (!/rel="canonical"|rel="alternate" hrefLang=/.test(tag)) expect(tag, path).toMatch(/\shref="\/(?!\/)/);
      }
      expect(html, path).not.toMatch(/<(?:img|iframe|frame|object|embed|video|audio|source)\b/i);
      // An address resolved against no site address (a preview image, say) would name the build machine.
      expect(html, path).not.toContain("localhost");
    }
  });
});
