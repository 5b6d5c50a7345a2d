// The PDF of a published version, in English or a translation: printed by Chromium from the site's own print
// stylesheet (lib/outputs/print-document.ts), then given the version's dates and facts with pdf-lib, so that two
// prints of the same content are the same bytes. content:publish, content:translated and content:pdf write it
// beside the version and record its hash in the version lock; the build only copies it (no browser needed there).
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";
import { type Browser, chromium } from "playwright-core";
import { paletteCss } from "../lib/outputs/palette";
import { printDocument } from "../lib/outputs/print-document";
import { hasOwnTranslation, midnightIn, type Policy } from "../lib/policy";
import { fileHash, PDF_FILE, readContentFiles, VERSION_LOCK_FILE, versionDir, writeContentBytes, writeContentFile } from "../lib/policy/files";
import { parseContent } from "../lib/policy/parse-policy";
import { versionLockSchema } from "../lib/policy/schema";
import { translatedPolicy } from "../lib/policy/translated-timeline";
import { translatedVersionDir } from "../lib/policy/translations";
import { readJson } from "./content-versions";

/**
 * The site's stylesheet, whose print rules lay the PDF out as the browser's own print of a page would. It is code,
 * not content: read from beside this script, whichever folder the content is in.
 */
export function siteCss(): string {
  return `${paletteCss()}\n${fs.readFileSync(fileURLToPath(new URL("../app/globals.css", import.meta.url)), "utf8")}`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium" });
}

/**
 * One version as a tagged PDF (a structure tree, so screen readers and reflow work) with the sections as bookmarks,
 * the page number and effective date on every page, and the document's language and title. Its dates are the
 * version's "Last updated" at midnight in the policy's time zone, never the clock.
 */
export async function renderVersionPdf(browser: Browser, policy: Policy, css: string): Promise<Uint8Array> {
  const { html, footerTemplate, title } = printDocument(policy, css);
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    const printed = await page.pdf({
      format: "A4",
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate,
      margin: { top: "18mm", bottom: "20mm", left: "18mm", right: "18mm" },
    });
    const pdf = await PDFDocument.load(printed, { updateMetadata: false });
    const date = midnightIn(policy.metadata.updated, policy.metadata.timeZone);
    pdf.setTitle(title, { showInWindowTitleBar: true });
    pdf.setLanguage(policy.language);
    pdf.setAuthor(policy.metadata.organization);
    pdf.setSubject(policy.version.summary);
    pdf.setCreator(`${policy.metadata.siteUrl} (Chromium)`);
    pdf.setProducer("pdf-lib");
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
    return await pdf.save({ useObjectStreams: false });
  } finally {
    await page.close();
  }
}

/**
 * Prints the PDF of version `effective` in English and in each language that has a translation of it of its own
 * (or only `languages`), writes each beside its version, and records its hash in the lock. Returns what it wrote.
 */
export async function writeVersionPdfs(root: string, effective: string, languages?: readonly string[]): Promise<string[]> {
  const { files } = readContentFiles(root);
  // Without the PDFs: they are what is being made.
  const { data, errors } = parseContent(files);
  if (!data) throw new Error(`the content is invalid (${errors.length} problem${errors.length === 1 ? "" : "s"}): run npm run content:check`);
  const english = data.versions.find((policy) => policy.version.effective === effective);
  if (!english) throw new Error(`${effective} is not a published version: publish it first (npm run content:publish -- ${effective})`);
  const targets = [
    { policy: english, folder: versionDir(effective) },
    ...data.translations.flatMap((translation) => {
      const policy = translatedPolicy(english, translation, data.settings.prevails);
      return hasOwnTranslation(policy) ? [{ policy, folder: translatedVersionDir(translation.language, effective) }] : [];
    }),
  ].filter(({ policy }) => !languages || languages.includes(policy.language));

  const lock = readJson(files, VERSION_LOCK_FILE, versionLockSchema) ?? {};
  const entry = lock[effective];
  if (!entry) throw new Error(`${effective} is not in ${VERSION_LOCK_FILE}`);
  const css = siteCss();
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const { policy, folder } of targets) {
      const bytes = await renderVersionPdf(browser, policy, css);
      const pdfPath = `${folder}/${PDF_FILE}`;
      writeContentBytes(root, pdfPath, bytes);
      const sha256 = fileHash(bytes);
      const translation = entry.translations?.[policy.language];
      if (policy.translation === null) entry.pdf = sha256;
      else if (translation) translation.pdf = sha256;
      written.push(pdfPath);
    }
  } finally {
    await browser.close();
  }
  writeContentFile(root, { path: VERSION_LOCK_FILE, text: `${JSON.stringify(lock, null, 2)}\n` });
  return written;
}
