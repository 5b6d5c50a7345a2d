import { expect, type Page, test } from "@playwright/test";
import { policy } from "./site-content";

const siteUrl = policy.metadata.siteUrl;
const rights = policy.sections.find((section) => section.id === "your-rights");
const deletion = rights?.clauses.find((clause) => clause.text === "Request deletion of your data");
if (!rights || !deletion) throw new Error("the tests expect section your-rights and its deletion clause");

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe("copy link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a section's Copy link button copies its absolute URL and says so to everyone", async ({ page }) => {
    await page.goto("/privacy");
    const section = page.locator("section#data-protection");
    const status = section.locator(".section-heading").getByRole("status");
    await expect(status).toBeEmpty();
    await section.getByRole("button", { name: "Copy link to section 3: Data Protection" }).click();
    expect(await clipboardText(page)).toBe(`${siteUrl}/privacy#data-protection`);
    await expect(status).toHaveText("Link copied");
    await expect(status).toBeVisible();
    await expect(status).toBeEmpty({ timeout: 5000 });
  });

  test("a clause's Copy link button appears on hover and copies the clause's URL", async ({ page }) => {
    await page.goto("/privacy");
    const clause = page.locator(`li#${deletion.id}`);
    const button = clause.getByRole("button", { name: "Copy link to this clause" });
    await expect(button).toBeHidden();
    await clause.hover();
    await expect(button).toBeVisible();
    await button.click();
    expect(await clipboardText(page)).toBe(`${siteUrl}/privacy#${deletion.id}`);
    await expect(clause.getByRole("status")).toHaveText("Link copied");
  });

  test("clause links are reachable by keyboard and show themselves on focus", async ({ page }) => {
    await page.goto("/privacy");
    const clause = page.locator(`li#${deletion.id}`);
    await clause.getByRole("link", { name: "Link to this clause" }).focus();
    await expect(clause.getByRole("link", { name: "Link to this clause" })).toHaveCSS("opacity", "1");
    await page.keyboard.press("Tab");
    const button = clause.getByRole("button", { name: "Copy link to this clause" });
    await expect(button).toBeFocused();
    await page.keyboard.press("Enter");
    expect(await clipboardText(page)).toBe(`${siteUrl}/privacy#${deletion.id}`);
  });

  test("copy buttons work on a section page too, and copy the full-policy URL", async ({ page }) => {
    await page.goto("/privacy/your-rights");
    await page.getByRole("button", { name: "Copy link to section 6: Your Rights (GDPR)" }).click();
    expect(await clipboardText(page)).toBe(`${siteUrl}/privacy#your-rights`);
  });
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("anchor links work and no dead button is shown", async ({ page }) => {
    await page.goto("/privacy");
    await expect(page.getByRole("button")).toHaveCount(0);
    await page.getByRole("link", { name: "Link to section 7: Data Retention" }).click();
    await expect(page).toHaveURL(/\/privacy#data-retention$/);
    await expect(page.locator("section#data-retention")).toBeInViewport();
    await page.locator(`li#${deletion.id}`).getByRole("link", { name: "Link to this clause" }).click();
    await expect(page).toHaveURL(new RegExp(`/privacy#${deletion.id}$`));
  });

  test("a clause opened by its link is highlighted, in view and not covered", async ({ page }) => {
    await page.goto(`/privacy#${deletion.id}`);
    const clause = page.locator(`li#${deletion.id}`);
    await expect(clause).toBeInViewport();
    const background = await clause.evaluate((element) => getComputedStyle(element).backgroundColor);
    const sibling = await page.locator(`li#${rights.clauses[1]?.id}`).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe(sibling);
    const uncovered = await clause.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + 5, box.top + 2);
      return top !== null && element.contains(top);
    });
    expect(uncovered).toBe(true);
  });

  test("clause ids are the same on the section page", async ({ page }) => {
    await page.goto(`/privacy/your-rights#${deletion.id}`);
    await expect(page.locator(`li#${deletion.id}`)).toBeInViewport();
    for (const clause of rights.clauses) await expect(page.locator(`[id="${clause.id}"]`)).toHaveCount(1);
  });

  test("a retired anchor placed by the renderer lands on its new target, highlighted", async ({ page }) => {
    await page.goto("/privacy");
    // Real content has no retired anchors yet: add one the way the renderer does (see tests/unit/outputs/fixtures/page/retired-anchor).
    await page.evaluate((id) => {
      const alias = document.createElement("span");
      alias.id = "your-rights--old-deletion-wording";
      alias.className = "anchor-alias";
      document.getElementById(id)?.prepend(alias);
    }, deletion.id);
    await page.evaluate(() => (location.hash = "your-rights--old-deletion-wording"));
    const clause = page.locator(`li#${deletion.id}`);
    await expect(clause).toBeInViewport();
    await expect(clause).toHaveCSS("outline-style", "solid");
  });
});

test.describe("redirects", () => {
  for (const section of policy.sections) {
    test(`/privacy/${section.number} redirects permanently to /privacy/${section.id}`, async ({ request }) => {
      const response = await request.get(`/privacy/${section.number}`, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers()["location"] ?? "", "http://x").pathname).toBe(`/privacy/${section.id}`);
    });
  }

  for (const [from, to] of [
    ["/privacy/Cookies", "/privacy/cookies"],
    ["/privacy/YOUR-RIGHTS", "/privacy/your-rights"],
    ["/privacy/cookies/", "/privacy/cookies"],
  ]) {
    test(`${from} redirects permanently to ${to}`, async ({ request }) => {
      const response = await request.get(from ?? "", { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers()["location"] ?? "", "http://x").pathname).toBe(to);
    });
  }

  test("/privacy/COOKIES/ ends on the canonical page", async ({ page }) => {
    const response = await page.goto("/privacy/COOKIES/");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/privacy/cookies");
  });

  test("/privacy/11 and malformed ids are not found, never a server error", async ({ request }) => {
    expect((await request.get("/privacy/11")).status()).toBe(404);
    expect((await request.get("/privacy/%ZZ")).status()).toBe(400);
  });
});

test.describe("moving around", () => {
  test("the table of contents marks the section in view as the reader scrolls", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // Instant scrolling: a smooth scrollIntoView still running would swallow the mouse wheel below (a flaky race).
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/privacy");
    const toc = page.getByRole("navigation", { name: "Contents" });
    await expect(toc.locator("a[aria-current]")).toHaveCount(0);
    for (const id of ["your-rights", "how-we-use-your-information", "data-protection"]) {
      await page.locator(`section#${id}`).evaluate((element) => element.scrollIntoView({ block: "start" }));
      await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute("href", `#${id}`);
      await expect(toc.locator("a[aria-current]")).toHaveCount(1);
    }
    await page.mouse.wheel(0, 100_000);
    await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute("href", "#contact");
    // Near the bottom a short section cannot reach the top of the screen: the one the reader chose is marked.
    await toc.getByRole("link", { name: "8. Children's Privacy" }).click();
    await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute("href", "#childrens-privacy");
  });

  test("section pages link to the previous and next sections and to the full policy", async ({ page }) => {
    for (const [index, section] of policy.sections.entries()) {
      await page.goto(`/privacy/${section.id}`);
      const pager = page.getByRole("navigation", { name: "Sections" });
      const previous = policy.sections[index - 1];
      const next = policy.sections[index + 1];
      await expect(pager.locator('a[rel="prev"]')).toHaveCount(previous ? 1 : 0);
      await expect(pager.locator('a[rel="next"]')).toHaveCount(next ? 1 : 0);
      if (previous) await expect(pager.locator('a[rel="prev"]')).toHaveAttribute("href", `/privacy/${previous.id}`);
      if (next) await expect(pager.locator('a[rel="next"]')).toHaveAttribute("href", `/privacy/${next.id}`);
      await expect(pager.getByRole("link", { name: "Read the full policy" })).toHaveAttribute("href", `/privacy#${section.id}`);
    }
  });

  test("following next from section 1 walks through all ten sections in the browser", async ({ page }) => {
    await page.goto(`/privacy/${policy.sections[0]?.id}`);
    for (const section of policy.sections.slice(1)) {
      await page.getByRole("navigation", { name: "Sections" }).locator('a[rel="next"]').click();
      await expect(page.locator("h1")).toHaveText(section.title);
    }
  });
});
