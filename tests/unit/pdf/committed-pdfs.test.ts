// Every PDF committed beside a published version (the real content's and the versioned fixture's), read as it is:
// never printed again here (tests/unit/pdf/render-pdf.test.ts prints). Each is the file the version lock records,
// says the whole text of its version in its language, is tagged with an outline, and carries its version's facts.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, PDFHexString, PDFString } from "pdf-lib";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, describe, expect, it } from "vitest";
import { dictionaryOf, formatDate } from "@/lib/outputs/language";
import { policyDocument } from "@/lib/outputs/policy-json";
import { formatContentError, hasOwnTranslation, loadContent, type Policy, type PolicyContent } from "@/lib/policy";
import { readPdfFiles } from "@/lib/policy/files";
import { translatedPolicy } from "@/lib/policy/translated-timeline";
import { loadVersionedContent } from "../../fixtures/load-versioned-content";
import { VERSIONED, VERSIONED_CONTENT_DIR } from "../../fixtures/versioned-content";
import { frenchOf, realContent } from "../policy/fixture-content";

const projectRoot = process.cwd();

/** A project folder whose content/ is the versioned fixture, as the fixture sites are built from it. */
const fixtureRoot = fs.mkdtempSync(path.join(os.tmpdir(), "committed-pdfs-"));
fs.symlinkSync(path.resolve(VERSIONED_CONTENT_DIR), path.join(fixtureRoot, "content"));
afterAll(() => fs.rmSync(fixtureRoot, { recursive: true, force: true }));

type VersionLockJson = Record<string, { pdf?: string; translations?: Record<string, { pdf?: string }> }>;

/** One committed PDF: the policy it prints (a version in one language), where it is, and what the lock records. */
type Case = { name: string; root: string; policy: Policy; pdfPath: string; recorded: string | undefined };

function lockOf(root: string): VersionLockJson {
  return JSON.parse(fs.readFileSync(path.join(root, "content/versions.lock.json"), "utf8")) as VersionLockJson;
}

/**
 * Every published version of `content`, in English and in each language with a translation of its own: the PDFs
 * that must exist. A version's French is the translated policy of that version, which has its own translation.
 */
function casesOf(label: string, root: string, content: PolicyContent): Case[] {
  const lock = lockOf(root);
  return content.versions.flatMap((english) => {
    const effective = english.version.effective;
    const translated = content.translations
      .map((translation) => translatedPolicy(english, translation, content.settings.prevails))
      .filter((policy) => hasOwnTranslation(policy));
    return [english, ...translated].map((policy) => ({
      name: `${label} ${policy.language} ${effective}`,
      root,
      policy,
      pdfPath: policy.pdf?.path ?? `(no PDF for ${policy.language} ${effective})`,
      recorded: policy.translation === null ? lock[effective]?.pdf : lock[effective]?.translations?.[policy.language]?.pdf,
    }));
  });
}

const real = realContent();
const fixture = loadVersionedContent();
const CASES: Case[] = [...casesOf("real", projectRoot, real), ...casesOf("fixture", fixtureRoot, fixture)];

const bytesOf = (item: Case) => fs.readFileSync(path.join(item.root, item.pdfPath));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
/** PDF line breaks, spaces and no-break spaces differ from the text's: compare without any whitespace. */
const squeeze = (text: string) => text.replace(/\s+/gu, "");

type ReadPdf = { pages: string[]; marked: boolean; pageOneStructure: boolean; outline: string[] };
const readCache = new Map<string, Promise<ReadPdf>>();

/** The text of each page (pdfjs), whether it is tagged and page 1 has a structure tree, and every outline title. */
function readPdf(item: Case): Promise<ReadPdf> {
  const key = path.join(item.root, item.pdfPath);
  let known = readCache.get(key);
  if (!known) {
    known = (async () => {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(bytesOf(item)), useSystemFonts: false, isEvalSupported: false }).promise;
      try {
        const pages: string[] = [];
        let pageOneStructure = false;
        for (let number = 1; number <= doc.numPages; number++) {
          const page = await doc.getPage(number);
          const content = await page.getTextContent();
          pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
          if (number === 1) {
            const tree = await page.getStructTree();
            pageOneStructure = tree !== null && tree.children.length > 0;
          }
        }
        type OutlineItem = { title: string; items: OutlineItem[] };
        const flatten = (items: readonly OutlineItem[]): string[] => items.flatMap((entry) => [entry.title, ...flatten(entry.items)]);
        const outline = flatten(((await doc.getOutline()) ?? []) as OutlineItem[]);
        const markInfo = await doc.getMarkInfo();
        return { pages, marked: markInfo?.Marked === true, pageOneStructure, outline };
      } finally {
        await doc.destroy();
      }
    })();
    readCache.set(key, known);
  }
  return known;
}

/**
 * What the PDF must say, in order: for each section "N. Title", then each non-empty line of its JSON text (a list
 * item without its "- "). Links are "text (address)" there as in print.
 */
function expectedLines(policy: Policy): string[] {
  return policyDocument(policy).sections.flatMap((section) => [
    `${section.number}. ${section.title}`,
    ...section.text
      .split("\n")
      .map((line) => line.trim().replace(/^- /, ""))
      .filter((line) => line !== ""),
  ]);
}

/** The lines of `expected` not found in `text` in order (each searched after the previous match), whitespace aside. */
function missingInOrder(text: string, expected: readonly string[]): string[] {
  const haystack = squeeze(text);
  const missing: string[] = [];
  let from = 0;
  for (const line of expected) {
    const at = haystack.indexOf(squeeze(line), from);
    if (at < 0) missing.push(line);
    else from = at + squeeze(line).length;
  }
  return missing;
}

const decoded = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/** A date as "YYYY-MM-DD HH:MM:SS" on the wall clock of `timeZone`. */
function wallClock(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe("the committed PDFs", () => {
  it("are checked by content:check: the real content, PDFs included, has no error", () => {
    const { errors } = loadContent(projectRoot, { siteUrlOverride: "" });
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it("are one per published version and per translation of its own: real en + fr, fixture en v1–v3 + fr v1–v2", () => {
    expect(CASES.map((item) => item.name)).toEqual([
      "real en 2026-11-26",
      "real fr 2026-11-26",
      `fixture en ${VERSIONED.v1}`,
      `fixture fr ${VERSIONED.v1}`,
      `fixture en ${VERSIONED.v2}`,
      `fixture fr ${VERSIONED.v2}`,
      `fixture en ${VERSIONED.v3}`,
    ]);
  });

  it("are every PDF there is: none beside a draft, none for a version without its own translation", () => {
    for (const root of [projectRoot, fixtureRoot]) {
      const listed = CASES.filter((item) => item.root === root).map((item) => item.pdfPath).sort();
      expect(readPdfFiles(root).map((file) => file.path).sort()).toEqual(listed);
    }
    expect(fs.existsSync(path.join(fixtureRoot, `content/versions/${VERSIONED.draft}/policy.pdf`))).toBe(false);
    expect(fs.existsSync(path.join(fixtureRoot, `content/translations/fr/versions/${VERSIONED.v3}/policy.pdf`))).toBe(false);
    const frenchV3 = translatedPolicy(fixture.versions.at(-1) as Policy, frenchOf(fixture), fixture.settings.prevails);
    expect(frenchV3.version.effective).toBe(VERSIONED.v3);
    expect(frenchV3.pdf).toBeNull();
    for (const draft of fixture.drafts) expect(draft.pdf).toBeNull();
  });
});

describe.each(CASES)("the committed PDF of $name", (item) => {
  const { policy } = item;
  const words = dictionaryOf(policy.language);

  it("is the file the version lock records (SHA-256), of the size the policy says", () => {
    expect(policy.pdf, `${item.name} has no PDF`).not.toBeNull();
    const bytes = bytesOf(item);
    expect(item.recorded, `the lock records no PDF for ${item.name}`).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(bytes)).toBe(item.recorded);
    expect(policy.pdf?.size).toBe(bytes.length);
  });

  it("says every line of its version's text, section by section, in order", async () => {
    const { pages } = await readPdf(item);
    const lines = expectedLines(policy);
    expect(lines.length).toBeGreaterThan(policy.sections.length);
    expect(missingInOrder(pages.join("\n"), lines)).toEqual([]);
  });

  it("is tagged, page 1 has a structure tree, and its outline names every section 'N. Title'", async () => {
    const { marked, pageOneStructure, outline } = await readPdf(item);
    expect(marked).toBe(true);
    expect(pageOneStructure).toBe(true);
    const titles = outline.map((title) => title.replace(/\s+/gu, " ").trim());
    for (const section of policy.sections) expect(titles).toContain(`${section.number}. ${section.title}`);
  });

  it("declares its language, a title naming the policy and the version's date, and the day of its 'Last updated' as its date", async () => {
    const pdf = await PDFDocument.load(bytesOf(item), { updateMetadata: false });
    expect(decoded(pdf.catalog.lookup(PDFName.of("Lang")))).toBe(policy.language);
    const title = pdf.getTitle() ?? "";
    expect(title).toContain(policy.metadata.title);
    expect(title).toContain(formatDate(policy.version.effective, policy.language));
    expect(policy.metadata.timeZone).toBe("Europe/Paris");
    const created = pdf.getCreationDate();
    expect(created).toBeInstanceOf(Date);
    expect(wallClock(created as Date, "Europe/Paris")).toBe(`${policy.metadata.updated} 00:00:00`);
  });

  it("has on every page the effective date and its own 'page N of M'", async () => {
    const { pages } = await readPdf(item);
    expect(pages.length).toBeGreaterThan(0);
    const effective = `${words.effective} ${formatDate(policy.version.effective, policy.language)}`;
    for (const [index, text] of pages.entries()) {
      const pageOf = words.pdfPageOf(String(index + 1), String(pages.length));
      expect(squeeze(text), `page ${index + 1}`).toContain(squeeze(effective));
      expect(squeeze(text), `page ${index + 1}`).toContain(squeeze(pageOf));
      // In the footer, side by side (page 1's header says the effective date too).
      expect(squeeze(text), `page ${index + 1}`).toContain(squeeze(`${effective} ${pageOf}`));
    }
  });
});
