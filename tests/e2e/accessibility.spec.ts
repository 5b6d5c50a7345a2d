import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pages } from "./site-content";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const pagesWith404 = [...pages.map((page) => page.path), "/privacy/no-such-section"];
const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 375, height: 740 },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const viewport of viewports) {
    test.describe(`axe, ${colorScheme}, ${viewport.name}`, () => {
      // The test injects a style of its own below, which the pages' CSP (style-src 'self') rightly blocks.
      test.use({ colorScheme, viewport: { width: viewport.width, height: viewport.height }, bypassCSP: true });

      for (const path of pagesWith404) {
        test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
          await page.goto(path);
          // Reveal the hover-only clause controls, so their contrast is checked too.
          await page.addStyleTag({ content: ".clause-anchor { opacity: 1 !important; } .copy-link { display: inline-block !important; }" });
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(" ")) }))).toEqual([]);
        });
      }
    });
  }
}

test.describe("keyboard", () => {
  test("the skip link is the first thing Tab reaches, and it moves focus to the main content", async ({ page }) => {
    await page.goto("/privacy");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // Then the page's own head: its PDF, then the contents.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: /^Download PDF/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("navigation", { name: "Contents" }).locator("summary")).toBeFocused();
  });

  test("the page has header, navigation, main and footer landmarks", async ({ page }) => {
    await page.goto("/privacy/cookies");
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Site" })).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Sections" })).toHaveCount(1);
  });

  for (const path of ["/privacy", "/privacy/your-rights"]) {
    test(`every focusable element on ${path} shows a visible focus indicator`, async ({ page }) => {
      await page.goto(path);
      const seen = new Set<string>();
      for (let step = 0; step < 200; step += 1) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            key: `${element.tagName}:${element.getAttribute("href") ?? element.getAttribute("aria-label") ?? element.textContent}:${Math.round(box.top + window.scrollY)}`,
            outline: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2,
            visible: box.width > 0 && box.height > 0 && Number(style.opacity) > 0,
          };
        });
        if (!focus || seen.has(focus.key)) break;
        seen.add(focus.key);
        expect(focus.outline, `focus outline on ${focus.key}`).toBe(true);
        expect(focus.visible, `${focus.key} is visible when focused`).toBe(true);
      }
      expect(seen.size).toBeGreaterThan(path === "/privacy" ? 80 : 10);
    });
  }
});

test.describe("layout", () => {
  for (const width of [320, 375, 768, 1280, 1920, 2560]) {
    test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ["/privacy", "/privacy/information-we-collect", "/contact"]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      }
    });
  }

  test("body text is at least 16 px, grows on a TV-sized screen, and lines stay within 75 characters", async ({ page }) => {
    const measure = async (width: number, height: number) => {
      await page.setViewportSize({ width, height });
      await page.goto("/privacy");
      return page.locator("section#data-retention .prose p").first().evaluate((paragraph) => {
        // The paragraph's own words on one line, in its own font, give the average character width of real text.
        const probe = document.createElement("span");
        probe.textContent = paragraph.textContent;
        probe.style.cssText = "position:absolute;white-space:nowrap;visibility:hidden";
        paragraph.append(probe);
        const averageCharWidth = probe.getBoundingClientRect().width / (probe.textContent?.length ?? 1);
        probe.remove();
        return {
          fontSize: Number.parseFloat(getComputedStyle(paragraph).fontSize),
          charsPerLine: paragraph.getBoundingClientRect().width / averageCharWidth,
        };
      });
    };
    const phone = await measure(375, 740);
    const laptop = await measure(1280, 800);
    const tv = await measure(1920, 1080);
    expect(phone.fontSize).toBeGreaterThanOrEqual(16);
    expect(laptop.fontSize).toBeGreaterThanOrEqual(16);
    expect(tv.fontSize).toBeGreaterThanOrEqual(20);
    for (const { charsPerLine } of [laptop, tv]) {
      expect(charsPerLine).toBeGreaterThanOrEqual(60);
      expect(charsPerLine).toBeLessThanOrEqual(80);
    }
  });

  for (const width of [412, 1350]) {
    test(`nothing moves when our script adds its buttons, at ${width} px (no layout shift)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.defineProperty(window, "__layoutShifts", { value: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push(Number(Reflect.get(entry, "value")));
        }).observe({ type: "layout-shift", buffered: true });
      });
      for (const target of ["/privacy", "/privacy/data-protection", "/contact", "/privacy/embed"]) {
        await page.goto(target, { waitUntil: "networkidle" });
        if (target !== "/contact" && target !== "/privacy/embed") await expect(page.getByRole("button", { name: /^Copy link to section/ }).first()).toBeVisible();
        const shifts = await page.evaluate(() => Reflect.get(window, "__layoutShifts"));
        expect(shifts, target).toEqual([]);
        // The same without depending on when the script ran (before the first paint, no shift is ever reported):
        // taking its buttons out again moves no section, not even by a fraction of a pixel.
        const sectionTops = () => page.evaluate(() => [...document.querySelectorAll("main section, main h1")].map((element) => element.getBoundingClientRect().top + window.scrollY));
        const withButtons = await sectionTops();
        await page.evaluate(() => {
          for (const element of document.querySelectorAll(".copy-link, .copy-status")) element.remove();
        });
        expect(await sectionTops(), target).toEqual(withButtons);
      }
    });
  }

  test("a deep link lands at once; smooth scrolling only for a click inside the page, never under reduced motion", async ({ page }) => {
    const behaviour = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto("/privacy#your-rights--request-deletion-data", { waitUntil: "load" });
    const landed = await page.evaluate(() => window.scrollY);
    expect(landed, "the page opened scrolled to the clause").toBeGreaterThan(0);
    expect(await behaviour()).toBe("auto");
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => window.scrollY), "no animation through the policy after load").toBe(landed);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "10. Contact" }).click();
    expect(await behaviour(), "a click inside the page scrolls smoothly").toBe("smooth");

    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/privacy");
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "10. Contact" }).click();
    expect(await behaviour(), "reduced motion: the click jumps").toBe("auto");
  });

  test("print shows every section in order, without navigation or buttons, with link targets written out", async ({ page }) => {
    await page.goto("/privacy");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Contents" })).toBeHidden();
    await expect(page.getByRole("button")).toHaveCount(0);
    for (const hidden of await page.locator(".heading-links, .clause-anchor, .site-nav").all()) await expect(hidden).toBeHidden();
    const after = await page
      .locator("section#contact")
      .getByRole("link", { name: "Contact Page" })
      .evaluate((link) => getComputedStyle(link, "::after").content);
    expect(after).toContain("/contact");
    const headings = await page.locator("section.policy-section h2").allInnerTexts();
    expect(headings.map((heading) => Number.parseInt(heading, 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
