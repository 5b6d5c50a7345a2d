// Printing a version as a PDF with Chromium (scripts/version-pdf.ts), and the document it prints from
// (lib/outputs/print-document.ts). Needs Chromium (/usr/bin/chromium or CHROME_PATH), as content:pdf does.
import type { Browser } from "playwright-core";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dictionaryOf, formatDate } from "@/lib/outputs/language";
import { printDocument } from "@/lib/outputs/print-document";
import type { Policy } from "@/lib/policy";
import { translatedPolicy } from "@/lib/policy/translated-timeline";
import { launchChromium, renderVersionPdf, siteCss } from "@/scripts/version-pdf";
import { frenchOf, realContent } from "../policy/fixture-content";

const SITE = "https://smartsiptv.fr";
const EFFECTIVE = "2026-11-26";
/** Printing starts a browser: a busy machine can take seconds for each print. */
const CHROMIUM_TIMEOUT = 60_000;

/** The site's stylesheet as content:pdf gives it to the print. */
const css = siteCss();

function realVersion(effective: string): { english: Policy; french: Policy } {
  const content = realContent();
  const english = content.versions.find((policy) => policy.version.effective === effective);
  if (!english) throw new Error(`the real content has no published version ${effective}`);
  return { english, french: translatedPolicy(english, frenchOf(content), content.settings.prevails) };
}

const { english, french } = realVersion(EFFECTIVE);

/** All the text of a PDF (pdfjs), pages in order, without any whitespace: line breaks in print are not the text's. */
async function squeezedText(bytes: Uint8Array): Promise<string> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
    }
    return pages.join("").replace(/\s+/gu, "");
  } finally {
    await doc.destroy();
  }
}

describe("renderVersionPdf (Chromium)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, CHROMIUM_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  }, CHROMIUM_TIMEOUT);

  it(
    "gives the same bytes when it prints the same version twice",
    async () => {
      const first = await renderVersionPdf(browser, english, css);
      const second = await renderVersionPdf(browser, english, css);
      expect(first.length).toBeGreaterThan(1000);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    },
    CHROMIUM_TIMEOUT,
  );

  it.each([
    ["English", english, `${SITE}/privacy/versions/${EFFECTIVE}`],
    ["French", french, `${SITE}/fr/privacy/versions/${EFFECTIVE}`],
  ])(
    "prints in %s each section's permanent address right under its heading",
    async (_language, policy, versionUrl) => {
      const text = await squeezedText(await renderVersionPdf(browser, policy, css));
      expect(text).toContain(`${versionUrl}#cookies`);
      for (const section of policy.sections) {
        expect(text).toContain(`${section.number}.${section.title}`.replace(/\s+/gu, "") + `${versionUrl}#${section.id}`);
      }
    },
    CHROMIUM_TIMEOUT,
  );
});

describe("printDocument", () => {
  it("is a document in the policy's language: <html lang=\"fr\"> for the French, lang=\"en\" for the English", () => {
    expect(printDocument(french, css).html).toContain('<html lang="fr">');
    expect(printDocument(english, css).html).toContain('<html lang="en">');
  });

  it("gives a footer with Chromium's page number and page count, and the effective date", () => {
    for (const policy of [english, french]) {
      const { footerTemplate } = printDocument(policy, css);
      expect(footerTemplate).toContain('class="pageNumber"');
      expect(footerTemplate).toContain('class="totalPages"');
      expect(footerTemplate).toContain(`${dictionaryOf(policy.language).effective} ${formatDate(EFFECTIVE, policy.language)}`);
    }
  });

  it("titles the document with the policy's title and the version's date, in its language", () => {
    for (const policy of [english, french]) {
      const { html, title } = printDocument(policy, css);
      expect(title).toContain(policy.metadata.title);
      expect(title).toContain(formatDate(EFFECTIVE, policy.language));
      expect(html).toContain(`<title>${title}</title>`);
    }
    expect(printDocument(english, css).title).not.toBe(printDocument(french, css).title);
  });

  it("is pure: the same policy and stylesheet give the same document", () => {
    expect(printDocument(french, css)).toEqual(printDocument(french, css));
  });
});
