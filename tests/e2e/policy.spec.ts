import { expect, test } from "@playwright/test";
import { approvedTexts, normalizeText, pages, policy } from "./site-content";

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  for (const { policyPath, lines } of approvedTexts) {
    test(`${policyPath} shows every line of the approved policy text, in order`, async ({ page }) => {
      await page.goto(policyPath);
      const text = normalizeText(await page.locator("main").innerText());
      let position = -1;
      for (const line of lines) {
        const found = text.indexOf(line, position + 1);
        expect(found, `"${line}" should appear after the previous line`).toBeGreaterThan(position);
        position = found;
      }
    });
  }

  for (const { path, h1 } of pages) {
    test(`${path} is complete: one h1 "${h1}", a last-updated date and the site's header and footer`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toHaveText(h1);
      await expect(page.locator("main time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
      await expect(page.getByRole("banner").getByRole("link", { name: policy.metadata.organization })).toBeVisible();
      await expect(page.getByRole("contentinfo").getByRole("link", { name: policy.metadata.contactEmail })).toHaveAttribute(
        "href",
        `mailto:${policy.metadata.contactEmail}`,
      );
    });
  }

  test("each table-of-contents link lands on its section", async ({ page }) => {
    await page.goto("/privacy");
    const toc = page.getByRole("navigation", { name: "Contents" });
    await expect(toc.getByRole("link")).toHaveCount(policy.sections.length);
    for (const section of policy.sections) {
      await toc.getByRole("link", { name: `${section.number}. ${section.title}`, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/privacy#${section.id}$`));
      const target = page.locator(`section#${section.id}`);
      await expect(target.getByRole("heading", { level: 2 })).toHaveText(`${section.number}. ${section.title}`);
      await expect(target).toBeInViewport();
    }
  });

  test("the last-updated date is the policy's, in a machine-readable <time>", async ({ page }) => {
    await page.goto("/privacy");
    await expect(page.locator(".page-header .last-updated time")).toHaveAttribute("datetime", policy.metadata.updated);
  });

  for (const section of policy.sections) {
    test(`/privacy/${section.id} shows section ${section.number} alone and links to it in the full policy`, async ({ page }) => {
      await page.goto(`/privacy/${section.id}`);
      await expect(page.locator(".page-header .last-updated time")).toHaveAttribute("datetime", section.updated);
      const body = normalizeText(await page.locator("main .prose").innerText());
      await page.goto("/privacy");
      expect(normalizeText(await page.locator(`section#${section.id} .prose`).innerText())).toBe(body);
      await page.goto(`/privacy/${section.id}`);
      await page.getByRole("link", { name: "Read the full policy" }).click();
      await expect(page).toHaveURL(new RegExp(`/privacy#${section.id}$`));
      await expect(page.locator(`section#${section.id}`)).toBeInViewport();
    });
  }

  test("an unknown section id gives a 404 with the custom page", async ({ page }) => {
    const response = await page.goto("/privacy/no-such-section");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: policy.metadata.title, exact: true }).first()).toHaveAttribute("href", "/privacy");
    for (const section of policy.sections) {
      await expect(page.locator("main").getByRole("link", { name: section.title, exact: true })).toHaveAttribute(
        "href",
        `/privacy/${section.id}`,
      );
    }
    expect(await page.content()).not.toMatch(/at \w+ \(|node_modules|\/work\//);
  });

  test("the Contact Page link in section 10 opens the contact page", async ({ page }) => {
    await page.goto("/privacy");
    const contactSection = page.locator("section#contact");
    await expect(contactSection.getByRole("link", { name: policy.metadata.contactEmail })).toHaveAttribute(
      "href",
      `mailto:${policy.metadata.contactEmail}`,
    );
    await contactSection.getByRole("link", { name: "Contact Page" }).click();
    await expect(page).toHaveURL(/\/contact$/);
    await expect(page.locator("h1")).toHaveText(policy.contact.title);
    await expect(page.locator("main").getByRole("link", { name: policy.metadata.contactEmail })).toHaveAttribute(
      "href",
      `mailto:${policy.metadata.contactEmail}`,
    );
  });
});

test("/ redirects permanently to /privacy", async ({ request }) => {
  const response = await request.get("/", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/privacy");
});
