import { expect, test } from "@playwright/test";
import { VERSIONED } from "../fixtures/versioned-content";
import { FIXTURE_SITES } from "./fixture-sites";
import { policy } from "./site-content";

// Each version as a PDF: served as a PDF that opens in the browser and saves under a sensible name, cached like the
// pages, with the pages' security headers, and linked from the pages with its size.

const effective = policy.version.effective;
const SERVED = [
  { path: "/privacy.pdf", filename: "privacy-policy.pdf" },
  { path: `/privacy/versions/${effective}.pdf`, filename: `privacy-policy-${effective}.pdf` },
  { path: "/fr/privacy.pdf", filename: "politique-de-confidentialite.pdf" },
  { path: `/fr/privacy/versions/${effective}.pdf`, filename: `politique-de-confidentialite-${effective}.pdf` },
];

/** The headers a page and a PDF must share: caching and every security header but the page's own framing rules. */
const SHARED_HEADERS = [
  "cache-control",
  "cdn-cache-control",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "content-security-policy",
  "x-frame-options",
];

test.describe("the PDFs", () => {
  for (const { path, filename } of SERVED) {
    test(`${path} is a PDF, opened in the browser as ${filename}, cached like the pages, with their security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"]).toBe("application/pdf");
      expect(headers["content-disposition"]).toBe(`inline; filename="${filename}"`);
      expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const page = (await request.get(path.startsWith("/fr/") ? "/fr/privacy" : "/privacy")).headers();
      for (const name of SHARED_HEADERS) expect(headers[name], name).toBe(page[name]);
    });
  }

  test("/privacy.pdf is the PDF of the version in effect", async ({ request }) => {
    const current = await (await request.get("/privacy.pdf")).body();
    const version = await (await request.get(`/privacy/versions/${effective}.pdf`)).body();
    expect(current.equals(version)).toBe(true);
  });

  for (const prefix of ["", "/fr"]) {
    test(`${prefix}/privacy links to its PDF with the size it has`, async ({ page, request }) => {
      await page.goto(`${prefix}/privacy`);
      const link = page.locator("a.pdf-link");
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute("href", `${prefix}/privacy.pdf`);
      const size = (await (await request.get(`${prefix}/privacy.pdf`)).body()).length;
      await expect(link).toContainText(`${Math.round(size / 1000)}`);
      await expect(link).toHaveText(prefix === "" ? /^Download PDF \(\d+ kB\)$/ : /^Télécharger le PDF \(\d+\s?ko\)$/);
    });
  }

  test("the version's own page and the list of versions link to the version's PDF", async ({ page }) => {
    await page.goto(`/privacy/versions/${effective}`);
    await expect(page.locator("a.pdf-link")).toHaveAttribute("href", `/privacy/versions/${effective}.pdf`);
    await page.goto("/privacy/versions");
    await expect(page.locator(".version-item a.pdf-link")).toHaveAttribute("href", `/privacy/versions/${effective}.pdf`);
  });

  test("an address that is no version's PDF is a 404 page, not a file to save", async ({ request }) => {
    for (const path of ["/privacy/versions/2020-01-01.pdf", "/fr/privacy/versions/2020-01-01.pdf"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain("text/html");
      expect(response.headers()["content-disposition"], path).toBeUndefined();
    }
  });
});

test.describe("the PDFs of every version (the versioned fixture, built as of 2026-12-01)", () => {
  test.use({ baseURL: FIXTURE_SITES.beforeSwitch });

  test("every published version has its PDF, upcoming ones included, and the French ones those translated", async ({ request }) => {
    for (const date of [VERSIONED.v1, VERSIONED.v2, VERSIONED.v3]) {
      expect((await request.get(`/privacy/versions/${date}.pdf`)).status(), date).toBe(200);
    }
    for (const date of VERSIONED.frenchVersions) expect((await request.get(`/fr/privacy/versions/${date}.pdf`)).status(), date).toBe(200);
    expect((await request.get(`/fr/privacy/versions/${VERSIONED.v3}.pdf`)).status()).toBe(404);
  });

  test("the French list of versions links the English PDF of a version not translated yet", async ({ page }) => {
    await page.goto("/fr/privacy/versions");
    const links = await page.locator("a.pdf-link").evaluateAll((elements) => elements.map((element) => [element.getAttribute("href"), element.getAttribute("hreflang")]));
    expect(links).toContainEqual([`/privacy/versions/${VERSIONED.v3}.pdf`, "en"]);
    expect(links).toContainEqual([`/fr/privacy/versions/${VERSIONED.v2}.pdf`, null]);
  });
});
