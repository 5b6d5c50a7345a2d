import { expect, type Page, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { decodeQr } from "./qr";
import { normalizeText, policy } from "./site-content";

const siteUrl = policy.metadata.siteUrl;
const DATA_ROUTES = [
  { path: "/privacy.json", contentType: "application/json; charset=utf-8" },
  { path: "/privacy.schema.json", contentType: "application/schema+json; charset=utf-8" },
  { path: "/privacy.txt", contentType: "text/plain; charset=utf-8" },
  { path: "/privacy.md", contentType: "text/markdown; charset=utf-8" },
  { path: "/fr/privacy.json", contentType: "application/json; charset=utf-8" },
  { path: "/fr/privacy.txt", contentType: "text/plain; charset=utf-8" },
  { path: "/fr/privacy.md", contentType: "text/markdown; charset=utf-8" },
];

type ServedSection = { id: string; number: number; title: string; text: string; clauses: { id: string; text: string }[] };

/** The text of a section on the page, written the way the text formats write it: list items as "- ", links out. */
async function pageSectionText(page: Page, id: string, policyPath: string): Promise<string> {
  return page.locator(`section#${id} .prose`).evaluate((prose, base) => {
    const clone = prose.cloneNode(true);
    if (!(clone instanceof HTMLElement)) throw new Error("not an element");
    for (const ui of clone.querySelectorAll(".clause-anchor, .copy-link, .copy-status, .anchor-alias")) ui.remove();
    for (const link of clone.querySelectorAll("a[href]")) {
      const href = new URL(link.getAttribute("href") ?? "", base).href;
      const address = href.startsWith("mailto:") ? href.slice("mailto:".length) : href;
      const text = (link.textContent ?? "").trim();
      link.textContent = text === address ? text : `${text} (${address})`;
    }
    for (const item of clone.querySelectorAll("li")) item.prepend("- ");
    return clone.textContent ?? "";
  }, `${siteUrl}${policyPath}`);
}

/** A section's body in /privacy.txt: between its "N. Title" heading (underlined) and the next one. */
function textFileSection(text: string, section: { number: number; title: string }, next?: { number: number; title: string }): string {
  const heading = (s: { number: number; title: string }) => `${s.number}. ${s.title}\n${"-".repeat(`${s.number}. ${s.title}`.length)}\n\n`;
  const start = text.indexOf(heading(section));
  expect(start, `heading of section ${section.number} in /privacy.txt`).toBeGreaterThan(-1);
  const end = next ? text.indexOf(heading(next)) : text.length;
  return text.slice(start + heading(section).length, end).replace(/\n+$/, "");
}

test.describe("machine-readable policy", () => {
  for (const { path, contentType } of DATA_ROUTES) {
    test(`${path}: ${contentType}, readable from any origin, with an ETag that revalidates to 304`, async ({ request }) => {
      const response = await request.get(path, { headers: { Origin: "https://app.example" } });
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"]).toBe(contentType);
      expect(headers["access-control-allow-origin"]).toBe("*");
      expect(headers["access-control-expose-headers"]).toBe("ETag");
      const etag = headers.etag;
      expect(etag).toMatch(/^"[^"]+"$/);
      const page = await request.get("/privacy");
      expect(headers["cache-control"], "the same caching as the pages").toBe(page.headers()["cache-control"]);

      const again = await request.get(path, { headers: { "If-None-Match": etag ?? "" } });
      expect(again.status()).toBe(304);
      expect(await again.body()).toHaveLength(0);
      expect(again.headers().etag).toBe(etag);
      expect(again.headers()["cache-control"], "a 304 repeats the 200's Cache-Control").toBe(headers["cache-control"]);
      expect(again.headers()["access-control-allow-origin"]).toBe("*");

      const stale = await request.get(path, { headers: { "If-None-Match": '"stale"' } });
      expect(stale.status()).toBe(200);
      expect(await stale.text()).toBe(await response.text());
    });
  }

  test("HTML pages are not opened to other origins, and keep Next's own ETag and 304", async ({ request }) => {
    for (const path of ["/privacy", "/privacy/cookies", "/privacy/embed", "/contact"]) {
      const response = await request.get(path);
      expect(response.headers()["access-control-allow-origin"], path).toBeUndefined();
      const etag = response.headers().etag;
      expect(etag, path).toBeTruthy();
      expect((await request.get(path, { headers: { "If-None-Match": etag ?? "" } })).status(), path).toBe(304);
    }
  });

  test("/privacy.json is valid against /privacy.schema.json (JSON Schema 2020-12)", async ({ request }) => {
    const schema: unknown = await (await request.get("/privacy.schema.json")).json();
    const document: unknown = await (await request.get("/privacy.json")).json();
    if (typeof schema !== "object" || schema === null) throw new Error("the schema is not an object");
    expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: `${siteUrl}/privacy.schema.json` });
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(document).toMatchObject({
      $schema: `${siteUrl}/privacy.schema.json`,
      title: policy.metadata.title,
      organization: policy.metadata.organization,
      contactEmail: policy.metadata.contactEmail,
      updated: policy.metadata.updated,
      url: `${siteUrl}/privacy`,
    });
  });

  test("every section and clause in /privacy.json has the id and address it has on the page", async ({ page, request }) => {
    const document: { sections: (ServedSection & { url: string; html: string; clauses: { id: string; url: string }[] })[] } = await (
      await request.get("/privacy.json")
    ).json();
    expect(document.sections.map((section) => [section.id, section.number, section.title])).toEqual(
      policy.sections.map((section) => [section.id, section.number, section.title]),
    );
    await page.goto("/privacy");
    for (const section of document.sections) {
      expect(section.url).toBe(`${siteUrl}/privacy/${section.id}`);
      expect(section.html).not.toContain("clause-anchor");
      for (const clause of section.clauses) {
        expect(clause.url).toBe(`${siteUrl}/privacy#${clause.id}`);
        await expect(page.locator(`section#${section.id} [id="${clause.id}"]`)).toHaveCount(1);
      }
    }
  });

  test.describe("with JavaScript turned off", () => {
    test.use({ javaScriptEnabled: false });

    for (const policyPath of ["/privacy", "/fr/privacy"]) {
    test(`the text of every section is the same on ${policyPath}, in ${policyPath}.json and in ${policyPath}.txt`, async ({ page, request }) => {
      const document: { sections: ServedSection[] } = await (await request.get(`${policyPath}.json`)).json();
      const text = await (await request.get(`${policyPath}.txt`)).text();
      await page.goto(policyPath);
      for (const [index, section] of document.sections.entries()) {
        const onPage = normalizeText(await pageSectionText(page, section.id, policyPath));
        expect(onPage, `section ${section.id}: page and JSON`).toBe(normalizeText(section.text));
        expect(textFileSection(text, section, document.sections[index + 1]), `section ${section.id}: text file and JSON`).toBe(section.text);
        // What a reader sees, word for word, without the link addresses the text formats add.
        const seen = normalizeText(await page.locator(`section#${section.id} .prose`).innerText()).replace(/ ?#/g, "");
        const withoutAddresses = normalizeText(section.text.replace(/ \((?:https?:\/\/|mailto:)[^)\s]+\)/g, "").replace(/^- /gm, ""));
        expect(seen, `section ${section.id}: visible words`).toBe(withoutAddresses);
      }
    });
    }
  });

  test("/privacy.txt is readable as is: UTF-8 text with the title, date, numbered sections and links written out", async ({ request }) => {
    const response = await request.get("/privacy.txt");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await response.body());
    expect(text.startsWith(`${policy.metadata.title}\n`)).toBe(true);
    expect(text).toContain("Last updated: 26 November 2026");
    expect(text).toContain("- Request deletion of your data\n");
    expect(text).toContain("contact us at support@smartsiptv.fr or visit our Contact Page (https://smartsiptv.fr/contact).");
    expect(text).not.toMatch(/\{#|<\/?[a-z]|mailto:/);
  });

  test("/privacy.md is the whole policy as one Markdown document with absolute links", async ({ request }) => {
    const markdown = await (await request.get("/privacy.md")).text();
    expect(markdown.startsWith(`# ${policy.metadata.title}\n`)).toBe(true);
    expect(markdown.match(/^## .+$/gm)).toEqual(policy.sections.map((section) => `## ${section.number}. ${section.title}`));
    expect(markdown).toContain("[Contact Page](https://smartsiptv.fr/contact)");
    expect(markdown).not.toMatch(/\{#|\]\(\/|\]\(#/);
  });
});

test.describe("QR handoff", () => {
  for (const section of policy.sections.filter((_, index) => index % 3 === 0)) {
    test(`/privacy/${section.id} shows a QR code that reads back as the section's address`, async ({ page }) => {
      await page.goto(`/privacy/${section.id}`);
      const figure = page.locator("figure.qr-handoff");
      await expect(figure).toContainText("Scan to read on your phone");
      expect(await decodeQr(figure.locator("svg"))).toBe(`${siteUrl}/privacy/${section.id}`);
    });
  }

  test("the QR code is drawn without any image request or script, and is not HTML injected", async ({ page }) => {
    await page.goto("/privacy/cookies");
    const svg = page.locator("figure.qr-handoff svg");
    await expect(svg).toHaveAttribute("role", "img");
    await expect(svg).toHaveAttribute("aria-label", `QR code of ${siteUrl}/privacy/cookies`);
    await expect(svg.locator("script, foreignObject, image")).toHaveCount(0);
  });
});
