import type { ContentError } from "./errors";
import { PDF_FILE, type PdfFile, VERSION_LOCK_FILE, versionDir } from "./files";
import type { VersionLock } from "./schema";
import { translatedVersionDir } from "./translations";

const make = (effective: string, language?: string) => `npm run content:pdf -- ${effective}${language ? ` --language ${language}` : ""}`;

/**
 * Every published version, and every recorded translation of one, has its PDF beside it, the very file the lock
 * recorded: a published text never changes, nor does its PDF. The PDFs are made with Chromium by content:publish
 * (or content:pdf) and committed, so that a build needs no browser; drafts have none yet.
 */
export function checkPdfLock(lock: VersionLock, pdfFiles: readonly PdfFile[]): ContentError[] {
  const byPath = new Map(pdfFiles.map((file) => [file.path, file]));
  const check = (folder: string, recorded: string | undefined, field: string, effective: string, language?: string): ContentError[] => {
    const pdfPath = `${folder}/${PDF_FILE}`;
    const file = byPath.get(pdfPath);
    if (!file) return [{ file: pdfPath, field: "file", message: `is missing: a published version has its PDF — make it with ${make(effective, language)}` }];
    if (recorded === undefined) return [{ file: VERSION_LOCK_FILE, field, message: `records no PDF for ${pdfPath} — record it with ${make(effective, language)}` }];
    if (recorded !== file.sha256) {
      return [{ file: pdfPath, field: "pdf", message: `is not the PDF ${VERSION_LOCK_FILE} records for ${effective} — restore it from git, or make and record it again with ${make(effective, language)}` }];
    }
    return [];
  };
  return Object.entries(lock).flatMap(([effective, entry]) => [
    ...check(versionDir(effective), entry.pdf, `${effective}.pdf`, effective),
    ...Object.entries(entry.translations ?? {}).flatMap(([language, translation]) =>
      check(translatedVersionDir(language, effective), translation.pdf, `${effective}.translations.${language}.pdf`, effective, language),
    ),
  ]);
}
