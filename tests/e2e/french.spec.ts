import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { VERSIONED } from "../fixtures/versioned-content";
import { FIXTURE_SITES } from "./fixture-sites";
import { policy } from "./site-content";

// The French pages (/fr/…): the same anchors as the English, the right language everywhere, alternates that name
// each other, the way between languages, and notices above French sections the English has moved past.

const SITE_URL = "https://smartsiptv.fr";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every page of the main site in English terms; each exists in both languages. */
const PAGES = ["/privacy", ...policy.sections.map((section) => `/privacy/${section.id}`), "/contact", "/privacy/versions", `/privacy/versions/${policy.version.effective}`];
const FRENCH_PAGES = PAGES.map((path) => `/fr${path}`);

const idsIn = (page: Page) => page.locator("main [id]").evaluateAll((elements) => elements.map((element) => element.id));

/** A page's hreflang alternates (language → absolute URL) and canonical URL, as its HTML declares them. */
async function declared(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const alternates = Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hrefLang="([a-zA-Z-]+)" href="([^"]+)"\/>/g)].map((match) => [match[1] ?? "", match[2] ?? ""]),
  );
  const canonical = /<link rel="canonical" href="([^"]+)"\/>/.exec(html)?.[1];
  const lang = /<html lang="([a-z-]+)"/.exec(html)?.[1];
  return { alternates, canonical, lang };
}

test.describe("the French pages", () => {
  test("/fr/privacy has every section and clause anchor of /privacy, and no other", async ({ page }) => {
    await page.goto("/privacy");
    const english = await idsIn(page);
    await page.goto("/fr/privacy");
    const french = await idsIn(page);
    expect(english.length).toBeGreaterThan(policy.sections.length);
    expect(new Set(french)).toEqual(new Set(english));
    // The same order too: a reader moving through either meets the clauses alike.
    expect(french).toEqual(english);
  });

  for (const path of FRENCH_PAGES) {
    test(`${path} is French, canonical to itself, and names its English page and itself as alternates, and the English page names it back`, async ({ request }) => {
      const french = await declared(request, path);
      expect(french.lang).toBe("fr");
      expect(french.canonical).toBe(`${SITE_URL}${path}`);
      const englishPath = path.slice("/fr".length);
      const expected = { en: `${SITE_URL}${englishPath}`, fr: `${SITE_URL}${path}`, "x-default": `${SITE_URL}${englishPath}` };
      expect(french.alternates).toEqual(expected);
      const english = await declared(request, englishPath);
      expect(english.lang).toBe("en");
      expect(english.canonical).toBe(`${SITE_URL}${englishPath}`);
      expect(english.alternates).toEqual(expected);
    });
  }

  test("the French policy page says it is a translation, which text prevails, and that legal has not approved it yet", async ({ page }) => {
    await page.goto("/fr/privacy");
    const note = page.locator(".translation-notice");
    await expect(note).toContainText("Ce texte est une traduction de l’anglais");
    await expect(note).toContainText("le texte anglais fait foi");
    await expect(note).toContainText("pas encore été approuvée");
    await expect(page.locator("h1")).toHaveText("Politique de confidentialité");
    await expect(page.locator(".last-updated time")).toHaveText("26 novembre 2026");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${SITE_URL}/fr/privacy/opengraph-image`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as { "@graph": { "@type": string; inLanguage?: string }[] };
    expect(jsonLd["@graph"].find((node) => node["@type"] === "WebPage")?.inLanguage).toBe("fr");
  });

  test("the French Open Graph image of a section is served, a PNG", async ({ request }) => {
    const response = await request.get("/fr/privacy/cookies/opengraph-image");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  });

  test("the interface is in French: contents, copy link, skip link, dates, section pager", async ({ page }) => {
    await page.goto("/fr/privacy/cookies");
    await expect(page.getByRole("link", { name: "Aller au contenu" })).toHaveCount(1);
    await expect(page.locator(".eyebrow")).toContainText(`Section 5 sur ${policy.sections.length}`);
    await expect(page.getByRole("navigation", { name: "Sections" })).toContainText("Précédente");
    await expect(page.locator(".copy-link").first()).toHaveText("Copier le lien");
    await expect(page.locator(".qr-caption-title")).toHaveText("Scannez pour lire sur votre téléphone");
    await page.goto("/fr/privacy");
    await expect(page.getByRole("navigation", { name: "Sommaire" })).toHaveCount(1);
  });

  test("a section's link in the French text leads to the French page", async ({ page }) => {
    await page.goto("/fr/privacy");
    const hrefs = await page.locator("main .prose a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/fr\//);
  });

  test("an unknown address under /fr/ gets the French 404 page, with status 404; elsewhere the English one", async ({ page }) => {
    const french = await page.goto("/fr/privacy/no-such-section");
    expect(french?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator("h1")).toHaveText("Page introuvable");
    await expect(page.locator("main ol a").first()).toHaveAttribute("href", `/fr/privacy/${policy.sections[0]?.id}`);
    const english = await page.goto("/no-such-page");
    expect(english?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("h1")).toHaveText("Page not found");
  });

  test("/fr and other spellings of a French address redirect to it permanently", async ({ request }) => {
    for (const [from, to] of [
      ["/fr", "/fr/privacy"],
      ["/FR/Privacy/Cookies/", "/fr/privacy/cookies"],
      ["/fr/privacy/5", "/fr/privacy/cookies"],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers().location, from).toBe(to);
    }
  });

  test("the sitemap lists every page in both languages, each with its alternates", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    for (const path of [...PAGES.slice(0, -1), ...FRENCH_PAGES.slice(0, -1)]) {
      const entry = new RegExp(`<url>\\s*<loc>${SITE_URL}${path}</loc>([\\s\\S]*?)</url>`).exec(xml)?.[1];
      expect(entry, path).toBeDefined();
      const englishPath = path.replace(/^\/fr/, "");
      expect(entry).toContain(`hreflang="en" href="${SITE_URL}${englishPath}"`);
      expect(entry).toContain(`hreflang="fr" href="${SITE_URL}/fr${englishPath}"`);
      expect(entry).toContain(`hreflang="x-default" href="${SITE_URL}${englishPath}"`);
    }
  });
});

test.describe("the language link", () => {
  test("leads from a section's page to the same section in the other language, and back", async ({ page }) => {
    await page.goto("/privacy/cookies");
    await page.getByRole("link", { name: "Lire cette page en français" }).click();
    await expect(page).toHaveURL("/fr/privacy/cookies");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page).toHaveURL("/privacy/cookies");
  });

  test("keeps the clause in view when it is in the address", async ({ page }) => {
    const clause = policy.sections.find((section) => section.id === "your-rights")?.clauses[1]?.id ?? "";
    expect(clause).not.toBe("");
    await page.goto(`/privacy#${clause}`);
    await page.getByRole("link", { name: "Lire cette page en français" }).click();
    await expect(page).toHaveURL(`/fr/privacy#${clause}`);
    await expect(page.locator(`[id="${clause}"]`)).toBeInViewport();
    // A clause followed on the French page is kept too, on the way back.
    const other = policy.sections.find((section) => section.id === "cookies")?.clauses[0]?.id ?? "";
    await page.locator(`a[href="#${other}"]`).first().click();
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page).toHaveURL(`/privacy#${other}`);
  });

  test.describe("with JavaScript turned off", () => {
    test.use({ javaScriptEnabled: false });

    test("still leads to the same page in the other language", async ({ page }) => {
      await page.goto("/privacy/your-rights#your-rights--access-personal-data");
      await expect(page.getByRole("link", { name: "Lire cette page en français" })).toHaveAttribute("href", "/fr/privacy/your-rights");
    });
  });
});

test.describe("a translation behind the English (the versioned fixture)", () => {
  const changed = VERSIONED.sectionsChangedInV3;

  test.describe("built as of 2026-12-01: the French of v2 is up to date", () => {
    test.use({ baseURL: FIXTURE_SITES.beforeSwitch });

    test("no section of /fr/privacy carries a notice, and /fr/privacy.json says every section is up to date", async ({ page, request }) => {
      await page.goto("/fr/privacy");
      await expect(page.locator("h1")).toHaveText(VERSIONED.frenchTitle);
      await expect(page.locator(".translation-lag")).toHaveCount(0);
      const document = (await (await request.get("/fr/privacy.json")).json()) as { translation: { upToDate: boolean }; sections: { translation: { upToDate: boolean } }[] };
      expect(document.translation.upToDate).toBe(true);
      expect(document.sections.every((section) => section.translation.upToDate)).toBe(true);
    });

    test("an archived version has a French page only if it was translated, and declares only the languages it exists in", async ({ request }) => {
      const translated = await declared(request, `/privacy/versions/${VERSIONED.v2}`);
      expect(Object.keys(translated.alternates).sort()).toEqual(["en", "fr", "x-default"]);
      const english = await declared(request, `/privacy/versions/${VERSIONED.v3}`);
      expect(english.alternates).toEqual({ en: `${SITE_URL}/privacy/versions/${VERSIONED.v3}`, "x-default": `${SITE_URL}/privacy/versions/${VERSIONED.v3}` });
      expect((await request.get(`/fr/privacy/versions/${VERSIONED.v3}`)).status()).toBe(404);
      const html = await (await request.get(`/privacy/versions/${VERSIONED.v3}`)).text();
      expect(html).not.toContain('href="/fr/');
    });

    test("the French upcoming notice links to the English pages of a version not translated yet", async ({ page }) => {
      await page.goto("/fr/privacy");
      const notice = page.getByRole("note", { name: "Modification à venir" });
      await expect(notice.getByRole("link", { name: "Lire la nouvelle version" })).toHaveAttribute("href", `/privacy/versions/${VERSIONED.v3}`);
      await expect(notice.locator("p[lang='en']")).toHaveCount(1);
    });

    test("the French redline between two translated versions is in French", async ({ page }) => {
      await page.goto(`/fr/privacy/versions/${VERSIONED.v2}/changes`);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("navigation", { name: "Résumé des modifications" })).toBeVisible();
      // "dans un délai de 90 jours" → "… de 30 jours": the French words, diffed word by word.
      const clause = page.locator(`.redline #${VERSIONED.reworded}`);
      await expect(clause.locator("del")).toContainText("90");
      await expect(clause.locator("ins")).toContainText("30");
      await expect(clause.locator("ins .visually-hidden").first()).toHaveText(/^\[ajouté\s:\s$/);
    });
  });

  test.describe("built as of 2027-01-15: v3 in effect, its French not ready", () => {
    test.use({ baseURL: FIXTURE_SITES.afterSwitch });

    test("/fr/privacy shows the French of v2 with a notice above each section whose English changed, and only there", async ({ page }) => {
      await page.goto("/fr/privacy");
      await expect(page.locator(".translation-lag")).toHaveCount(changed.length);
      for (const id of changed) {
        const notice = page.locator(`section#${id} .translation-lag`);
        await expect(notice).toContainText("Le texte anglais de cette section a été mis à jour le");
        await expect(notice).toContainText("le texte anglais fait foi");
        await expect(notice.getByRole("link", { name: "lire la section en anglais" })).toHaveAttribute("href", `/privacy/${id}`);
      }
      await page.goto(`/fr/privacy/${changed[0]}`);
      await expect(page.locator(".translation-lag")).toHaveCount(1);
    });

    test("/fr/privacy.json flags the same sections, with the English date and address", async ({ request }) => {
      const document = (await (await request.get("/fr/privacy.json")).json()) as {
        translation: { upToDate: boolean };
        sections: { id: string; translation: { upToDate: boolean; sourceUpdated: string; source: string } }[];
      };
      expect(document.translation.upToDate).toBe(false);
      expect(document.sections.filter((section) => !section.translation.upToDate).map((section) => section.id)).toEqual(changed);
      for (const section of document.sections.filter((candidate) => !candidate.translation.upToDate)) {
        expect(section.translation.source).toBe(`${SITE_URL}/privacy/${section.id}`);
        expect(section.translation.sourceUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe on French pages, ${colorScheme}`, () => {
    test.use({ colorScheme, bypassCSP: true });
    const pages = [
      { site: undefined, path: "/fr/privacy" },
      { site: undefined, path: "/fr/privacy/cookies" },
      { site: undefined, path: "/fr/contact" },
      { site: undefined, path: "/fr/privacy/versions" },
      { site: undefined, path: `/fr/privacy/versions/${policy.version.effective}` },
      { site: undefined, path: "/fr/privacy/embed" },
      { site: undefined, path: "/fr/privacy/no-such-section" },
      { site: FIXTURE_SITES.afterSwitch, path: "/fr/privacy" },
      { site: FIXTURE_SITES.beforeSwitch, path: `/fr/privacy/versions/${VERSIONED.v2}/changes` },
    ];
    for (const { site, path } of pages) {
      test(`${site ? "fixture " : ""}${path} has no WCAG 2.2 AA violations`, async ({ page, baseURL }) => {
        await page.goto(new URL(path, site ?? baseURL).href);
        await page.addStyleTag({ content: ".clause-anchor { opacity: 1 !important; } .copy-link { display: inline-block !important; }" });
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(" ")) }))).toEqual([]);
      });
    }
  });
}
