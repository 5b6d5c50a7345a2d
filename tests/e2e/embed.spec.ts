import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { decodeQr } from "./qr";
import { policy } from "./site-content";

const siteUrl = policy.metadata.siteUrl;
const sections = policy.sections;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// --background of the light and dark palettes in app/globals.css.
const LIGHT = "rgb(255, 255, 255)";
const DARK = "rgb(17, 21, 27)";

/** Opens an embed page and waits until its parameters are applied (they are read in the browser). */
async function openEmbed(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-embed-ready", "");
}

const background = (page: Page) => page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
const fontSize = (page: Page) => page.locator("html").evaluate((html) => parseFloat(getComputedStyle(html).fontSize));

test.describe("embed view parameters", () => {
  test.describe("on a device in dark mode", () => {
    test.use({ colorScheme: "dark" });

    test("follows the device by default, theme=light forces light, an unknown theme falls back", async ({ page }) => {
      await openEmbed(page, "/privacy/embed");
      expect(await background(page)).toBe(DARK);
      await openEmbed(page, "/privacy/embed?theme=light");
      expect(await background(page)).toBe(LIGHT);
      await openEmbed(page, "/privacy/embed?theme=purple");
      expect(await background(page)).toBe(DARK);
    });
  });

  test.describe("on a device in light mode", () => {
    test.use({ colorScheme: "light" });

    test("theme=dark forces dark, on section pages too, and case does not matter", async ({ page }) => {
      await openEmbed(page, "/privacy/embed");
      expect(await background(page)).toBe(LIGHT);
      await openEmbed(page, "/privacy/embed?theme=dark");
      expect(await background(page)).toBe(DARK);
      await openEmbed(page, "/privacy/embed/cookies?theme=DARK");
      expect(await background(page)).toBe(DARK);
    });
  });

  test.describe("on a 1920×1080 TV", () => {
    test.use({ viewport: { width: 1920, height: 1080 } });

    test("size=tv sets type to read from a sofa; an unknown size falls back", async ({ page }) => {
      await openEmbed(page, "/privacy/embed");
      const normal = await fontSize(page);
      await openEmbed(page, "/privacy/embed?size=tv");
      const tv = await fontSize(page);
      expect(tv).toBeGreaterThanOrEqual(28);
      expect(tv).toBeLessThanOrEqual(32);
      expect(tv).toBeGreaterThan(normal);
      await openEmbed(page, "/privacy/embed?size=huge&theme=");
      expect(await fontSize(page)).toBe(normal);
    });

    test("the QR code is large enough to scan across a room, and reads back as the section's page", async ({ page }) => {
      await openEmbed(page, "/privacy/embed/your-rights?size=tv");
      const code = page.locator("figure.qr-handoff svg");
      const box = await code.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(200);
      await expect(page.locator("figure.qr-handoff")).toContainText("Scan to read on your phone");
      expect(await decodeQr(code)).toBe(`${siteUrl}/privacy/your-rights`);
    });

    test("every section of the full embed view has its own QR code", async ({ page }) => {
      await openEmbed(page, "/privacy/embed?size=tv");
      for (const section of [sections[0], sections.at(-1)]) {
        if (!section) continue;
        expect(await decodeQr(page.locator(`section#${section.id} figure.qr-handoff svg`))).toBe(`${siteUrl}/privacy/${section.id}`);
      }
      await expect(page.locator("figure.qr-handoff")).toHaveCount(sections.length);
    });

    test("links between embed pages keep the parameters", async ({ page }) => {
      await openEmbed(page, "/privacy/embed/cookies?size=tv&theme=dark");
      await page.getByRole("link", { name: /^Next/ }).click();
      await expect(page).toHaveURL(/\/privacy\/embed\/your-rights\?theme=dark&size=tv$/);
      await expect(page.locator("html")).toHaveAttribute("data-size", "tv");
    });
  });
});

test.describe("reading with a TV remote (arrow keys and Enter only)", () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  for (const query of ["?size=tv", ""]) {
    test(`all ten sections come into view, in order${query ? ` at ${query}` : ""}`, async ({ page }) => {
      await openEmbed(page, `/privacy/embed${query}`);
      const toc = page.getByRole("navigation", { name: "Contents" });
      await page.keyboard.press("ArrowDown");
      await expect(toc.getByRole("link").first()).toBeFocused();
      await page.keyboard.press("Enter");
      const first = page.locator(`section#${sections[0]?.id}`);
      await expect(first).toBeFocused();
      await expect(first).toBeInViewport();

      for (const section of sections.slice(1)) {
        const target = page.locator(`section#${section.id}`);
        for (let press = 0; press < 12 && !(await target.evaluate((element) => element === document.activeElement)); press += 1) {
          await page.keyboard.press("ArrowDown");
        }
        await expect(target, `ArrowDown reaches section ${section.number}`).toBeFocused();
        await expect(target).toBeInViewport();
      }
      // The last section's end is reachable, and focus is not trapped: Tab moves on as usual.
      for (let press = 0; press < 6; press += 1) await page.keyboard.press("ArrowDown");
      // Scrolling may be smooth: wait for it to settle rather than read the position mid-scroll.
      await expect.poll(() => page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2)).toBe(true);
      await page.keyboard.press("Tab");
      await expect(page.locator(`section#${sections.at(-1)?.id}`)).not.toBeFocused();
    });
  }

  test("ArrowUp goes back, and Enter on a contents link jumps straight to its section", async ({ page }) => {
    await openEmbed(page, "/privacy/embed?size=tv");
    const toc = page.getByRole("navigation", { name: "Contents" });
    for (let press = 0; press < 7; press += 1) await page.keyboard.press("ArrowDown");
    const seventh = sections[6];
    if (!seventh) throw new Error("the policy has ten sections");
    await expect(toc.getByRole("link", { name: `${seventh.number}. ${seventh.title}` })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator(`section#${seventh.id}`)).toBeFocused();
    await expect(page.locator(`section#${seventh.id}`)).toBeInViewport();
    await page.keyboard.press("ArrowUp");
    await expect(page.locator(`section#${sections[5]?.id}`)).toBeInViewport();
  });

  test("focus is always plain to see: a thick outline on the focused link and section", async ({ page }) => {
    await openEmbed(page, "/privacy/embed?size=tv");
    await page.keyboard.press("ArrowDown");
    const outline = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
    const link = await outline(".embed-toc a:focus");
    expect(link.style).toBe("solid");
    expect(link.width).toBeGreaterThanOrEqual(4);
    await page.keyboard.press("Enter");
    const section = await outline("section:focus");
    expect(section.style).toBe("solid");
    expect(section.width).toBeGreaterThanOrEqual(4);
  });
});

test.describe("embed view pages", () => {
  test.describe("with JavaScript turned off", () => {
    test.use({ javaScriptEnabled: false });

    test("/privacy/embed is complete without the site's header, navigation or footer", async ({ page }) => {
      const response = await page.goto("/privacy/embed");
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveText(policy.metadata.title);
      await expect(page.getByRole("banner")).toHaveCount(0);
      await expect(page.getByRole("contentinfo")).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Site" })).toHaveCount(0);
      await expect(page.locator(".site-header, .site-footer")).toHaveCount(0);
      for (const section of sections) {
        await expect(page.locator(`section#${section.id} h2`)).toHaveText(`${section.number}. ${section.title}`);
        for (const clause of section.clauses) await expect(page.locator(`[id="${clause.id}"]`)).toContainText(clause.text.slice(0, 30));
      }
      await expect(page.locator(".clause-anchor")).toHaveCount(0);
    });

    test("is kept out of search results, with the matching /privacy address as canonical and its preview image", async ({ page }) => {
      await page.goto("/privacy/embed");
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${siteUrl}/privacy`);
      // A link to the embed view pasted in a chat previews as the policy, from the site's own address.
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${siteUrl}/privacy/opengraph-image`);
      await page.goto("/fr/privacy/embed");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${siteUrl}/fr/privacy`);
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${siteUrl}/fr/privacy/opengraph-image`);
      for (const section of sections) {
        await page.goto(`/privacy/embed/${section.id}`);
        await expect(page.locator("h1")).toHaveText(section.title);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${siteUrl}/privacy/${section.id}`);
      }
    });

    test("the site's pages are still indexable and keep their header and footer", async ({ page }) => {
      await page.goto("/privacy/cookies");
      const robots = await page.evaluate(() => document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "");
      expect(robots).not.toMatch(/noindex/);
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      const notFound = await page.goto("/privacy/embed/no-such-section");
      expect(notFound?.status()).toBe(404);
      await expect(page.getByRole("banner")).toHaveCount(1);
    });

    test("/privacy/Embed redirects to /privacy/embed", async ({ page }) => {
      const response = await page.goto("/privacy/Embed");
      expect(response?.url()).toMatch(/\/privacy\/embed$/);
      expect(response?.request().redirectedFrom()?.url()).toMatch(/\/privacy\/Embed$/);
    });
  });
});

test.describe("accessibility (axe, WCAG 2.2 AA)", () => {
  const cases = [
    { name: "light theme", url: "/privacy/embed?theme=light", colorScheme: "dark" as const },
    { name: "dark theme", url: "/privacy/embed?theme=dark", colorScheme: "light" as const },
    { name: "TV size", url: "/privacy/embed?size=tv", colorScheme: "dark" as const, viewport: { width: 1920, height: 1080 } },
    { name: "one section, dark, TV size", url: "/privacy/embed/your-rights?theme=dark&size=tv", colorScheme: "light" as const },
  ];
  for (const { name, url, colorScheme, viewport } of cases) {
    test.describe(name, () => {
      test.use({ colorScheme, ...(viewport ? { viewport } : {}) });

      test(`${url} has no violations`, async ({ page }) => {
        await openEmbed(page, url);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);
      });
    });
  }

  test("a section page with its QR code has no violations", async ({ page }) => {
    await page.goto("/privacy/your-rights");
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);
  });
});
