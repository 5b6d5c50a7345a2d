import type { ContentError } from "./errors";
import { childFolders, CONTACT_PAGE_FILE, type ContentFile, type PdfFile, SECTIONS_FOLDER, TRANSLATIONS_DIR, VERSION_FILE, VERSION_LOCK_FILE, versionDir } from "./files";
import { checkLinks, collectAnchors, type ContactPage, parseContactPage, parseSectionsFolder, parseYamlFile, type Section } from "./parse-files";
import {
  translatedContactFrontmatterSchema,
  translatedSectionFrontmatterSchema,
  translatedVersionSchema,
  translationSettingsSchema,
  type VersionLock,
} from "./schema";
import { frenchTypographyProblems, treeTypographyProblems } from "./french-typography";
import { fileHash, folderFileHashes } from "./version-lock";

/** The spacing rules of each language whose typography differs from English. */
const TYPOGRAPHY: Readonly<Record<string, (text: string) => string[]>> = { fr: frenchTypographyProblems };

/** A translated page's typography problems, in its title and its words, as errors naming the file. */
function checkTypography(language: string, page: Pick<Section, "file" | "title" | "tree">, errors: ContentError[]): void {
  const problemsOf = TYPOGRAPHY[language];
  if (!problemsOf) return;
  for (const problem of problemsOf(page.title)) errors.push({ file: page.file, field: "title", message: `${problem} — French typography` });
  for (const problem of treeTypographyProblems(page.tree, problemsOf)) errors.push({ file: page.file, field: "body", message: `${problem} — French typography` });
}

export const translationDir = (language: string) => `${TRANSLATIONS_DIR}/${language}`;
export const translatedVersionDir = (language: string, effective: string) => `${translationDir(language)}/versions/${effective}`;

/** One version of the English as the translation needs it: its sections and files. */
type EnglishVersion = { effective: string; published: boolean; sections: readonly Section[] };

/** A translated version: its summary and sections, each the same section and clauses as the English it translates, and its PDF. */
type TranslatedVersion = { effective: string; summary: string; sections: Section[]; pdf: Pick<PdfFile, "path" | "size"> | null };

/** One language's translation, as far as content/translations/LANG/ holds it. */
export type Translation = {
  language: string;
  approved: boolean;
  title: string;
  contact: ContactPage;
  /** Translated versions, oldest first; a version may have none (its translation is not ready yet). */
  versions: TranslatedVersion[];
};

const run = (language: string, what: string) => `npm run content:translated -- ${language} ${what}`;

/**
 * Reads and checks one translation. Errors (a section or clause the English lacks, or lacks one it has; a recorded
 * translation that changed since) make the check fail; a text whose English changed since it was translated is a
 * warning only, so that a new English version never waits for its translation.
 */
export function parseTranslation(
  language: string,
  approved: boolean,
  files: readonly ContentFile[],
  english: { versions: readonly EnglishVersion[]; lock: VersionLock | null; pdfAt: (folder: string) => Pick<PdfFile, "path" | "size"> | null },
  errors: ContentError[],
  warnings: ContentError[],
): Translation | null {
  const dir = translationDir(language);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const settingsFile = byPath.get(`${dir}/policy.yaml`);
  if (!settingsFile) errors.push({ file: `${dir}/policy.yaml`, field: "file", message: "is missing — add it with the translated title, e.g. title: Politique de confidentialité" });
  const settings = settingsFile ? parseYamlFile(settingsFile, translationSettingsSchema, errors) : null;

  const publishedEnglish = english.versions.filter((version) => version.published);
  const newestEnglish = publishedEnglish.at(-1);

  const contactPath = `${dir}/contact.md`;
  const contactFile = byPath.get(contactPath);
  if (!contactFile) errors.push({ file: contactPath, field: "file", message: `is missing — translate ${CONTACT_PAGE_FILE}, then run ${run(language, "--contact-page")}` });
  const contact = contactFile ? parseContactPage(contactFile, errors, translatedContactFrontmatterSchema(language)) : null;
  // Its links lead to the same anchors as the English contact page's: those of the newest published version.
  if (contact && newestEnglish) checkLinks(contact, newestEnglish.sections, errors);
  if (contact) checkTypography(language, contact, errors);
  const englishContact = byPath.get(CONTACT_PAGE_FILE);
  if (contact?.translates && englishContact && contact.translates !== fileHash(englishContact.text)) {
    warnings.push({ file: contactPath, field: "translates", message: staleMessage(CONTACT_PAGE_FILE, language, "--contact-page") });
  }

  const versions: TranslatedVersion[] = [];
  for (const effective of translatedFolders(language, files)) {
    const englishVersion = english.versions.find((version) => version.effective === effective);
    const folder = translatedVersionDir(language, effective);
    if (!englishVersion) {
      errors.push({ file: folder, field: "folder name", message: `no English version takes effect on ${effective} — name the folder after the English version it translates (${versionDir("YYYY-MM-DD")})` });
      continue;
    }
    const translated = parseTranslatedVersion(language, englishVersion, files, errors, warnings);
    if (translated) versions.push({ ...translated, pdf: english.pdfAt(folder) });
    checkTranslationLock(language, englishVersion, files, english.lock, errors);
  }

  // A recorded translation whose folder is gone: a published translation never disappears without a trace.
  const folders = new Set(translatedFolders(language, files));
  for (const [effective, entry] of Object.entries(english.lock ?? {})) {
    if (entry.translations?.[language] && !folders.has(effective)) {
      errors.push({
        file: translatedVersionDir(language, effective),
        field: "folder",
        message: `is missing, but ${VERSION_LOCK_FILE} records its translation (${entry.translations[language].recorded}) — restore it from git`,
      });
    }
  }

  // The newest English version without a translation: readers of the translation get the newest one there is.
  const newestTranslated = versions.filter((version) => publishedEnglish.some((candidate) => candidate.effective === version.effective)).at(-1);
  if (newestEnglish && newestTranslated && newestTranslated.effective < newestEnglish.effective) {
    const changed = newestEnglish.sections.filter((section) => {
      const translatedSection = newestTranslated.sections.find((candidate) => candidate.id === section.id);
      return translatedSection?.translates !== section.hash;
    });
    warnings.push({
      file: translatedVersionDir(language, newestEnglish.effective),
      field: "folder",
      message:
        `is missing: the English of ${newestEnglish.effective} has no translation yet, so the ${language} pages show that of ${newestTranslated.effective}` +
        `${changed.length > 0 ? `, marked as behind the English in ${changed.map((section) => section.id).join(", ")}` : ""}` +
        ` — copy ${translatedVersionDir(language, newestTranslated.effective)} there, update those sections, and run ${run(language, `--version ${newestEnglish.effective} --all`)}`,
    });
  }

  if (!settings || !contact) return null;
  return { language, approved, title: settings.title, contact, versions };
}

/** The versions a language has a translation folder for, oldest first. */
export function translatedFolders(language: string, files: readonly ContentFile[]): string[] {
  return childFolders(`${translationDir(language)}/versions`, files);
}

function staleMessage(englishFile: string, language: string, what: string): string {
  return `the English text (${englishFile}) changed since it was translated — update the translation, then run ${run(language, what)}`;
}

function parseTranslatedVersion(
  language: string,
  english: EnglishVersion,
  files: readonly ContentFile[],
  errors: ContentError[],
  warnings: ContentError[],
): Omit<TranslatedVersion, "pdf"> | null {
  const folder = translatedVersionDir(language, english.effective);
  const sectionsDir = `${folder}/${SECTIONS_FOLDER}`;
  const versionFile = files.find((file) => file.path === `${folder}/${VERSION_FILE}`);
  if (!versionFile) errors.push({ file: `${folder}/${VERSION_FILE}`, field: "file", message: "is missing — add it with the version's summary, translated" });
  const facts = versionFile ? parseYamlFile(versionFile, translatedVersionSchema, errors) : null;
  const { candidates, sections } = parseSectionsFolder(sectionsDir, files, errors, translatedSectionFrontmatterSchema(language));
  collectAnchors(sections, errors);
  for (const section of sections) {
    checkLinks(section, sections, errors);
    checkTypography(language, section, errors);
  }

  // The same sections, numbered alike, with the same clauses in the same order: anchors are the same in every language.
  for (const englishSection of english.sections) {
    const section = sections.find((candidate) => candidate.id === englishSection.id);
    const expectedFile = `${sectionsDir}/${englishSection.file.split("/").at(-1)}`;
    if (!section) {
      if (!candidates.some((candidate) => candidate.id === englishSection.id)) {
        errors.push({ file: sectionsDir, field: "id", message: `has no section "${englishSection.id}", which the English has (${englishSection.file}) — translate it as ${expectedFile}` });
      }
      continue;
    }
    if (section.number !== englishSection.number) {
      errors.push({ file: section.file, field: "number", message: `${section.number} is not the English number ${englishSection.number} — number it as ${englishSection.file} is` });
    }
    const ids = section.clauses.map((clause) => clause.id);
    const englishIds = englishSection.clauses.map((clause) => clause.id);
    const missing = englishIds.filter((id) => !ids.includes(id));
    const extra = ids.filter((id) => !englishIds.includes(id));
    if (missing.length > 0) errors.push({ file: section.file, field: "body", message: `lacks the clause${missing.length === 1 ? "" : "s"} ${missing.map((id) => `{#${id}}`).join(", ")} of ${englishSection.file} — translate ${missing.length === 1 ? "it" : "them"}, ending each with the same marker` });
    if (extra.length > 0) errors.push({ file: section.file, field: "body", message: `has the clause${extra.length === 1 ? "" : "s"} ${extra.map((id) => `{#${id}}`).join(", ")}, which ${englishSection.file} lacks — use the English clause ids, or remove ${extra.length === 1 ? "it" : "them"}` });
    if (missing.length === 0 && extra.length === 0 && ids.join() !== englishIds.join()) {
      errors.push({ file: section.file, field: "body", message: `has its clauses in another order than ${englishSection.file} — put them in the English order` });
    }
    if (section.translates !== undefined && section.translates !== englishSection.hash) {
      warnings.push({ file: section.file, field: "translates", message: staleMessage(englishSection.file, language, section.id) });
    }
  }
  for (const section of sections) {
    if (!english.sections.some((candidate) => candidate.id === section.id)) {
      errors.push({ file: section.file, field: "id", message: `"${section.id}" is not a section of the English version ${english.effective} — use the id of the English section it translates, or remove the file` });
    }
  }
  if (!facts) return null;
  return { effective: english.effective, summary: facts.summary, sections };
}

/**
 * A translation of a published version is recorded, with its date, by content:translated: it may be added or
 * updated any time (it is not a new version), but never change without being recorded again.
 */
function checkTranslationLock(language: string, english: EnglishVersion, files: readonly ContentFile[], lock: VersionLock | null, errors: ContentError[]): void {
  if (!english.published || !lock) return;
  const folder = translatedVersionDir(language, english.effective);
  const recorded = lock[english.effective]?.translations?.[language];
  const actual = translatedFileHashes(language, english.effective, files);
  if (!recorded) {
    errors.push({ file: folder, field: "recorded", message: `is not recorded in ${VERSION_LOCK_FILE} — run ${run(language, `--version ${english.effective} --all`)} once it is complete` });
    return;
  }
  for (const [name, hash] of Object.entries(actual)) {
    if (recorded.files[name] !== hash) {
      errors.push({ file: `${folder}/${name}`, field: "recorded", message: `differs from the translation recorded on ${recorded.recorded} — record it again: ${run(language, `--version ${english.effective} --all`)}` });
    }
  }
  for (const name of Object.keys(recorded.files)) {
    if (actual[name] === undefined) errors.push({ file: `${folder}/${name}`, field: "file", message: `was recorded on ${recorded.recorded} but is missing — restore it, or record the translation again` });
  }
}

/** The hashes of one version's translation files, as the lock records them (paths inside the folder). */
export function translatedFileHashes(language: string, effective: string, files: readonly ContentFile[]): Record<string, string> {
  return folderFileHashes(translatedVersionDir(language, effective), files);
}

/** The languages content/translations/ has a folder for. */
export function translationLanguages(files: readonly ContentFile[]): string[] {
  return childFolders(TRANSLATIONS_DIR, files);
}
