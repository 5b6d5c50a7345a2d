import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type ContentError, formatContentError } from "@/lib/policy";
import type { ContentFile, PdfFile } from "@/lib/policy/files";
import { parseContent } from "@/lib/policy/parse-policy";
import { checkPdfLock } from "@/lib/policy/pdf-lock";
import type { VersionLock } from "@/lib/policy/schema";
import { translatedPolicy } from "@/lib/policy/translated-timeline";
import { contentFiles, FIXTURE_VERSION, frenchOf, validFiles, versionFolder, versionLockFile, versionLockOf, withFile, withTranslation } from "./fixture-content";

const LOCK = "content/versions.lock.json";
const ENGLISH_PDF = `content/versions/${FIXTURE_VERSION}/policy.pdf`;
const FRENCH_PDF = `content/translations/fr/versions/${FIXTURE_VERSION}/policy.pdf`;
const DRAFT = "2026-03-01";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** A PDF as readPdfFiles gives it, its bytes standing for `content`. */
const pdfFile = (path: string, content = `%PDF of ${path}`): PdfFile => ({ path, size: content.length * 10, sha256: sha256(content) });

const englishPdf = pdfFile(ENGLISH_PDF);
const frenchPdf = pdfFile(FRENCH_PDF);

/** `files` with the lock recording these hashes for the fixture version's PDF and its French PDF (null: no record). */
function recordPdfs(files: readonly ContentFile[], { english = englishPdf.sha256, french = frenchPdf.sha256 }: { english?: string | null; french?: string | null } = {}): ContentFile[] {
  const lock = versionLockOf(files);
  const entry = lock[FIXTURE_VERSION];
  if (!entry) throw new Error(`${FIXTURE_VERSION} is not in the lock`);
  if (english === null) delete entry.pdf;
  else entry.pdf = english;
  const translation = entry.translations?.fr;
  if (translation) {
    if (french === null) delete translation.pdf;
    else translation.pdf = french;
  }
  return withFile([...files], versionLockFile(lock));
}

/** The fixture's one published version, translated into French and recorded, with both PDFs recorded. */
const bilingualFiles = (hashes?: { english?: string | null; french?: string | null }) => recordPdfs(withTranslation(validFiles()), hashes);

const lockOf = (files: readonly ContentFile[]): VersionLock => versionLockOf(files);
const problems = (files: readonly ContentFile[], pdfFiles: readonly PdfFile[]) => parseContent(files, { pdfFiles }).errors.map(formatContentError);

const missing = (path: string, command: string): ContentError => ({
  file: path,
  field: "file",
  message: `is missing: a published version has its PDF — make it with ${command}`,
});
const unrecorded = (field: string, path: string, command: string): ContentError => ({
  file: LOCK,
  field,
  message: `records no PDF for ${path} — record it with ${command}`,
});
const differs = (path: string, command: string): ContentError => ({
  file: path,
  field: "pdf",
  message: `is not the PDF ${LOCK} records for ${FIXTURE_VERSION} — restore it from git, or make and record it again with ${command}`,
});

const MAKE_ENGLISH = `npm run content:pdf -- ${FIXTURE_VERSION}`;
const MAKE_FRENCH = `npm run content:pdf -- ${FIXTURE_VERSION} --language fr`;

describe("checkPdfLock", () => {
  it("accepts a published version and its recorded translation whose PDFs are the files the lock records", () => {
    expect(checkPdfLock(lockOf(bilingualFiles()), [englishPdf, frenchPdf])).toEqual([]);
  });

  it("reports a published version without its PDF: the missing file, and the command that makes it", () => {
    expect(checkPdfLock(lockOf(bilingualFiles()), [frenchPdf])).toEqual([missing(ENGLISH_PDF, MAKE_ENGLISH)]);
  });

  it("reports a lock that records no PDF for a published version: the lock's field, the file, and the command that records it", () => {
    expect(checkPdfLock(lockOf(bilingualFiles({ english: null })), [englishPdf, frenchPdf])).toEqual([
      unrecorded(`${FIXTURE_VERSION}.pdf`, ENGLISH_PDF, MAKE_ENGLISH),
    ]);
  });

  it("reports a PDF that is not the one the lock records: the file, restore it or make and record it again", () => {
    const edited = { ...englishPdf, sha256: sha256("edited") };
    expect(checkPdfLock(lockOf(bilingualFiles()), [edited, frenchPdf])).toEqual([differs(ENGLISH_PDF, MAKE_ENGLISH)]);
  });

  it("reports the same for a recorded translation, naming its own file, lock field and --language", () => {
    expect(checkPdfLock(lockOf(bilingualFiles()), [englishPdf])).toEqual([missing(FRENCH_PDF, MAKE_FRENCH)]);
    expect(checkPdfLock(lockOf(bilingualFiles({ french: null })), [englishPdf, frenchPdf])).toEqual([
      unrecorded(`${FIXTURE_VERSION}.translations.fr.pdf`, FRENCH_PDF, MAKE_FRENCH),
    ]);
    expect(checkPdfLock(lockOf(bilingualFiles()), [englishPdf, { ...frenchPdf, sha256: sha256("edited") }])).toEqual([differs(FRENCH_PDF, MAKE_FRENCH)]);
  });

  it("reports every problem at once, English and translation", () => {
    expect(checkPdfLock(lockOf(bilingualFiles({ french: null })), [])).toEqual([missing(ENGLISH_PDF, MAKE_ENGLISH), missing(FRENCH_PDF, MAKE_FRENCH)]);
  });

  it("asks nothing of a translation the lock does not record", () => {
    const files = recordPdfs(withTranslation(validFiles(), { record: false }));
    expect(checkPdfLock(lockOf(files), [englishPdf])).toEqual([]);
  });
});

describe("parseContent with the PDFs (pdfFiles)", () => {
  it("accepts PDFs that are the files the lock records", () => {
    const { data, errors } = parseContent(bilingualFiles(), { pdfFiles: [englishPdf, frenchPdf] });
    expect(errors).toEqual([]);
    expect(data).not.toBeNull();
  });

  it("refuses a published version without its PDF, naming the file and the command that makes it", () => {
    const { data, errors } = parseContent(bilingualFiles(), { pdfFiles: [frenchPdf] });
    expect(data).toBeNull();
    expect(errors.map(formatContentError)).toEqual([`${ENGLISH_PDF}: file: is missing: a published version has its PDF — make it with ${MAKE_ENGLISH}`]);
  });

  it("refuses a lock without a PDF record, naming the lock's field and the command that records it", () => {
    expect(problems(bilingualFiles({ english: null }), [englishPdf, frenchPdf])).toEqual([
      `${LOCK}: ${FIXTURE_VERSION}.pdf: records no PDF for ${ENGLISH_PDF} — record it with ${MAKE_ENGLISH}`,
    ]);
  });

  it("refuses a PDF that differs from the lock, naming the file, the lock, and how to fix it", () => {
    expect(problems(bilingualFiles(), [{ ...englishPdf, sha256: sha256("edited") }, frenchPdf])).toEqual([
      `${ENGLISH_PDF}: pdf: is not the PDF ${LOCK} records for ${FIXTURE_VERSION} — restore it from git, or make and record it again with ${MAKE_ENGLISH}`,
    ]);
  });

  it("refuses the same for a recorded translation: missing, unrecorded, different", () => {
    expect(problems(bilingualFiles(), [englishPdf])).toEqual([`${FRENCH_PDF}: file: is missing: a published version has its PDF — make it with ${MAKE_FRENCH}`]);
    expect(problems(bilingualFiles({ french: null }), [englishPdf, frenchPdf])).toEqual([
      `${LOCK}: ${FIXTURE_VERSION}.translations.fr.pdf: records no PDF for ${FRENCH_PDF} — record it with ${MAKE_FRENCH}`,
    ]);
    expect(problems(bilingualFiles(), [englishPdf, { ...frenchPdf, sha256: sha256("edited") }])).toEqual([
      `${FRENCH_PDF}: pdf: is not the PDF ${LOCK} records for ${FIXTURE_VERSION} — restore it from git, or make and record it again with ${MAKE_FRENCH}`,
    ]);
  });

  it("asks no PDF of a draft, English or translated", () => {
    const files = recordPdfs(withTranslation(contentFiles([versionFolder(FIXTURE_VERSION), versionFolder(DRAFT)], { drafts: [DRAFT] })));
    const { data, errors } = parseContent(files, { pdfFiles: [englishPdf, frenchPdf] });
    expect(errors).toEqual([]);
    expect(data?.drafts.map((draft) => [draft.version.effective, draft.pdf])).toEqual([[DRAFT, null]]);
  });

  it("checks nothing without pdfFiles: a lock recording PDFs that are not there is accepted, and no policy has a PDF", () => {
    const { data, errors } = parseContent(bilingualFiles());
    expect(errors).toEqual([]);
    if (!data) throw new Error("the content is invalid");
    expect(data.versions.map((policy) => policy.pdf)).toEqual([null]);
    expect(frenchOf(data).versions.map((version) => version.pdf)).toEqual([null]);
  });

  it("checks nothing without pdfFiles even when the lock records no PDF at all", () => {
    expect(parseContent(bilingualFiles({ english: null, french: null })).errors).toEqual([]);
  });

  it("gives each published policy its PDF's path and size, and a version's own translation its own", () => {
    const { data, errors } = parseContent(bilingualFiles(), { pdfFiles: [englishPdf, frenchPdf] });
    expect(errors).toEqual([]);
    if (!data) throw new Error("the content is invalid");
    const english = data.versions[0];
    if (!english) throw new Error("no published version");
    expect(english.pdf).toEqual({ path: ENGLISH_PDF, size: englishPdf.size });
    expect(translatedPolicy(english, frenchOf(data), data.settings.prevails).pdf).toEqual({ path: FRENCH_PDF, size: frenchPdf.size });
  });

  it("gives no PDF to a translated policy that shows an older version's translation", () => {
    const NEXT = "2026-04-01";
    const nextPdf = pdfFile(`content/versions/${NEXT}/policy.pdf`);
    let files = withTranslation(contentFiles([versionFolder(FIXTURE_VERSION), versionFolder(NEXT)]), { versions: [FIXTURE_VERSION] });
    files = recordPdfs(files);
    const lock = versionLockOf(files);
    const next = lock[NEXT];
    if (!next) throw new Error(`${NEXT} is not in the lock`);
    next.pdf = nextPdf.sha256;
    files = withFile(files, versionLockFile(lock));
    const { data, errors } = parseContent(files, { pdfFiles: [englishPdf, frenchPdf, nextPdf] });
    expect(errors).toEqual([]);
    if (!data) throw new Error("the content is invalid");
    const newest = data.versions.at(-1);
    if (!newest) throw new Error("no published version");
    expect(newest.pdf).toEqual({ path: nextPdf.path, size: nextPdf.size });
    const french = translatedPolicy(newest, frenchOf(data), data.settings.prevails);
    expect(french.translation?.translatedFrom).toBe(FIXTURE_VERSION);
    expect(french.pdf).toBeNull();
  });
});
