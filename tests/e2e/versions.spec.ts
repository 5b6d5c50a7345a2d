import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { VERSIONED } from "../fixtures/versioned-content";
import { FIXTURE_SITES } from "./fixture-sites";
import { anchorsOf, versions } from "./versioned-content";

// The site built from tests/fixtures/versioned-content (three published versions and a draft) as of two days:
// 2026-12-01, when v2 is in effect and v3 announced, and 2027-01-15, the day v3 takes effect.

const ids = (page: Page) => page.locator("main [id]").evaluateAll((elements) => elements.map((element) => element.id));

test.describe("built as of 2026-12-01: v2 in effect, v3 announced", () => {
  test.use({ baseURL: FIXTURE_SITES.beforeSwitch });

  for (const policy of versions) {
    const { effective } = policy.version;
    test(`/privacy/versions/${effective} has every section and clause anchor of that version, and stays out of search results`, async ({ page }) => {
      await page.goto(`/privacy/versions/${effective}`);
      expect(await ids(page)).toEqual(expect.arrayContaining(anchorsOf(policy)));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `https://smartsiptv.fr/privacy/versions/${effective}`);
      await expect(page.getByRole("note", { name: "About this version" })).toContainText(policy.version.summary);
    });
  }

  test("a clause of an archived version is a permanent citation, even one the policy no longer has", async ({ page }) => {
    await page.goto(`/privacy/versions/${VERSIONED.v1}#${VERSIONED.removed}`);
    const clause = page.locator(`#${VERSIONED.removed}`);
    await expect(clause).toContainText(VERSIONED.removedText);
    await expect(clause).toBeInViewport();
    // On the current policy the retired id still lands, on the clause it was aliased to.
    await page.goto(`/privacy#${VERSIONED.removed}`);
    await expect(page.locator(`#${VERSIONED.removed}`)).toHaveCount(1);
    await expect(page.locator(`#${VERSIONED.removedAlias}`)).toBeInViewport();
  });

  test("a clause's copy link on a version's page cites that version", async ({ page }) => {
    await page.goto(`/privacy/versions/${VERSIONED.v1}`);
    await expect(page.locator(`#${VERSIONED.reworded} [data-share-url]`).first()).toHaveAttribute(
      "data-share-url",
      `https://smartsiptv.fr/privacy/versions/${VERSIONED.v1}#${VERSIONED.reworded}`,
    );
  });

  test("/privacy is the version in effect, with its effective date, and announces the upcoming one", async ({ page }) => {
    await page.goto("/privacy");
    await expect(page.locator(`#${VERSIONED.reworded}`)).toContainText(VERSIONED.rewordedText.after);
    await expect(page.locator(`#${VERSIONED.v3Reworded}`)).toContainText(VERSIONED.v3RewordedText.before);
    await expect(page.locator(".page-dates")).toContainText("Effective 1 June 2026");
    const notice = page.getByRole("note", { name: "Upcoming change" });
    await expect(notice).toContainText("takes effect on 15 January 2027");
    await notice.getByRole("link", { name: "See what changes" }).click();
    await expect(page).toHaveURL(`/privacy/versions/${VERSIONED.v3}/changes`);
    await expect(page.locator("h1")).toHaveText("What changed on 15 January 2027");
  });

  test("the upcoming version is readable at its address, with a banner saying when it takes effect", async ({ page }) => {
    await page.goto(`/privacy/versions/${VERSIONED.v3}`);
    await expect(page.getByRole("note", { name: "About this version" })).toContainText("This version takes effect on 15 January 2027");
    await expect(page.locator(`#${VERSIONED.v3Reworded}`)).toContainText(VERSIONED.v3RewordedText.after);
  });

  test("the first version says it is the first, and has no changes page", async ({ page, request }) => {
    await page.goto(`/privacy/versions/${VERSIONED.v1}`);
    await expect(page.getByRole("note", { name: "About this version" })).toContainText("This is the first version of the policy.");
    expect((await request.get(`/privacy/versions/${VERSIONED.v1}/changes`)).status()).toBe(404);
  });

  test("a draft is never built", async ({ page, request }) => {
    expect((await request.get(`/privacy/versions/${VERSIONED.draft}`)).status()).toBe(404);
    await page.goto("/privacy/versions");
    await expect(page.locator("main")).not.toContainText(VERSIONED.draft);
  });

  test("/privacy/versions lists every version newest first, with its status, summary and links", async ({ page }) => {
    await page.goto("/privacy/versions");
    const items = page.locator(".version-item");
    await expect(items.locator("h2")).toHaveText(["Version of 15 January 2027", "Version of 1 June 2026", "Version of 15 January 2026"]);
    await expect(items.nth(0)).toContainText("Upcoming");
    await expect(items.nth(0)).toContainText("Significant change");
    await expect(items.nth(1)).toContainText("In effect");
    await expect(items.nth(2)).toContainText("Superseded");
    await expect(items.nth(2)).not.toContainText("Significant change");
    for (const [index, policy] of [...versions].reverse().entries()) await expect(items.nth(index)).toContainText(policy.version.summary);
    await expect(items.nth(1).getByRole("link", { name: "See its changes" })).toHaveAttribute("href", `/privacy/versions/${VERSIONED.v2}/changes`);
  });

  for (const path of ["/privacy", "/privacy/changes-to-this-policy"]) {
    test(`${path}: section 9 is followed by a link to the versions`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole("link", { name: "Every version of this policy, and what each one changed" }).click();
      await expect(page).toHaveURL("/privacy/versions");
    });
  }

  test.describe("the redline of v2", () => {
    test.beforeEach(async ({ page }) => page.goto(`/privacy/versions/${VERSIONED.v2}/changes`));

    test("lists each changed clause at the top, each with a link to it", async ({ page }) => {
      const summary = page.getByRole("navigation", { name: "Summary of changes" });
      for (const id of [VERSIONED.reworded, VERSIONED.added, VERSIONED.removed, VERSIONED.changedLink]) {
        await expect(summary.locator(`a[href="#${id}"]`)).toHaveCount(1);
        await expect(page.locator(`main #${id}`)).toHaveCount(1);
      }
      await expect(summary.locator(`a[href="#${VERSIONED.addedSection}"]`)).toContainText("International");
      await expect(summary.locator(`a[href="#${VERSIONED.unchangedSection}"]`)).toHaveCount(0);
    });

    test("marks removed and inserted words with del and ins, which screen readers are told about", async ({ page }) => {
      const clause = page.locator(`#${VERSIONED.reworded}`);
      await expect(clause.locator("del")).toContainText("90");
      await expect(clause.locator("ins")).toContainText("30");
      // What assistive technology gets: the accessibility tree, not the styles.
      const tree = await clause.ariaSnapshot();
      expect(tree).toMatch(/\[removed: [^\]]*90/);
      expect(tree).toMatch(/\[added: [^\]]*30/);
    });

    test("shows a changed link target as text", async ({ page }) => {
      const clause = page.locator(`#${VERSIONED.changedLink}`);
      await expect(clause.locator("del")).toContainText(VERSIONED.changedLinkHref.before);
      await expect(clause.locator("ins")).toContainText(VERSIONED.changedLinkHref.after);
    });

    test("shows an added section and clause as inserted, a removed clause as deleted", async ({ page }) => {
      await expect(page.locator(`#${VERSIONED.added} ins`)).toContainText(VERSIONED.addedText);
      await expect(page.locator(`#${VERSIONED.removed} del`)).toContainText(VERSIONED.removedText);
      await expect(page.locator(`#${VERSIONED.addedSection}`)).toContainText("Section added");
      for (const id of VERSIONED.addedSectionClauses) await expect(page.locator(`#${id} ins`)).toHaveCount(1);
    });

    test("collapses unchanged sections, which open on demand", async ({ page }) => {
      const unchanged = page.locator(`details#${VERSIONED.unchangedSection}`);
      await expect(unchanged).not.toHaveAttribute("open");
      await expect(unchanged.locator(".redline-clause").first()).toBeHidden();
      await unchanged.locator("summary").click();
      await expect(unchanged.locator(".redline-clause").first()).toBeVisible();
    });

    for (const forcedColors of ["none", "active"] as const) {
      test(`underlines insertions and strikes through deletions, not by colour alone (forced colours: ${forcedColors})`, async ({ page }) => {
        await page.emulateMedia({ forcedColors });
        const decoration = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).textDecorationLine);
        expect(await decoration(`#${VERSIONED.reworded} ins`)).toBe("underline");
        expect(await decoration(`#${VERSIONED.reworded} del`)).toBe("line-through");
      });
    }
  });

  test("/privacy/changes-since/v1 shows everything from v1 to the version in effect", async ({ page }) => {
    await page.goto(`/privacy/changes-since/${VERSIONED.v1}`);
    await expect(page.locator(`#${VERSIONED.reworded} ins`)).toContainText("30");
    await expect(page.locator(`#${VERSIONED.v3Reworded}`)).not.toContainText(VERSIONED.v3RewordedText.after);
    await page.goto(`/privacy/changes-since/${VERSIONED.v2}`);
    await expect(page.locator(".lede")).toContainText("nothing has changed since");
  });

  test("versions.json is valid against its schema and lists what each version changed", async ({ request }) => {
    const document: unknown = await (await request.get("/privacy/versions.json")).json();
    const schema: unknown = await (await request.get("/privacy/versions.schema.json")).json();
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    if (typeof schema !== "object" || schema === null) throw new Error("the schema is not an object");
    const validate = ajv.compile(schema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document).toMatchObject({ inEffect: VERSIONED.v2, versions: [{ effective: VERSIONED.v3, status: "upcoming" }, { effective: VERSIONED.v2 }, { effective: VERSIONED.v1 }] });
  });

  for (const path of ["/privacy/feed.xml", "/privacy/versions.json", "/privacy/versions.schema.json"]) {
    test(`${path} gets the data routes' CORS, ETag and 304`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      const etag = response.headers().etag;
      expect(etag).toBeTruthy();
      expect((await request.get(path, { headers: { "If-None-Match": etag ?? "" } })).status()).toBe(304);
    });
  }

  test("the feed is the same bytes on the day v3 takes effect: its dates come from the content, not the build", async ({ request }) => {
    const before = await request.get("/privacy/feed.xml");
    expect(before.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const after = await request.get(`${FIXTURE_SITES.afterSwitch}/privacy/feed.xml`);
    expect(await after.text()).toBe(await before.text());
  });

  for (const path of ["/privacy", "/privacy/cookies", "/privacy/versions", `/privacy/versions/${VERSIONED.v1}`, "/contact"]) {
    test(`${path} announces the feed`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/privacy/feed.xml");
    });
  }

  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`axe, ${colorScheme}`, () => {
      test.use({ colorScheme, bypassCSP: true });
      for (const path of [
        "/privacy",
        "/privacy/versions",
        `/privacy/versions/${VERSIONED.v1}`,
        `/privacy/versions/${VERSIONED.v3}`,
        `/privacy/versions/${VERSIONED.v2}/changes`,
        `/privacy/changes-since/${VERSIONED.v1}`,
      ]) {
        test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
          await page.goto(path);
          // Open the collapsed sections of a redline, so that their text is checked too.
          await page.locator("details:not([open])").evaluateAll((elements) => elements.forEach((element) => element.setAttribute("open", "")));
          const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
          expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(" ")) }))).toEqual([]);
        });
      }
    });
  }
});

test.describe("built as of 2027-01-15: the day v3 takes effect", () => {
  test.use({ baseURL: FIXTURE_SITES.afterSwitch });

  test("/privacy becomes v3, and announces nothing", async ({ page }) => {
    await page.goto("/privacy");
    await expect(page.locator(`#${VERSIONED.v3Reworded}`)).toContainText(VERSIONED.v3RewordedText.after);
    await expect(page.locator(".page-dates")).toContainText("Effective 15 January 2027");
    await expect(page.getByRole("note", { name: "Upcoming change" })).toHaveCount(0);
  });

  test("the versions page and the data say v3 is in effect and v2 was replaced", async ({ page, request }) => {
    await page.goto(`/privacy/versions/${VERSIONED.v2}`);
    await expect(page.getByRole("note", { name: "About this version" })).toContainText("until 15 January 2027");
    const policy: unknown = await (await request.get("/privacy.json")).json();
    expect(policy).toMatchObject({ version: { effective: VERSIONED.v3, significant: true } });
  });

  test("changes since v2 are v3's", async ({ page }) => {
    await page.goto(`/privacy/changes-since/${VERSIONED.v2}`);
    await expect(page.locator(`#${VERSIONED.v3Reworded} ins`)).toContainText("Matomo");
  });
});
