import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ContentError, formatContentError, loadContent, type Policy, type PolicyContent, type PolicyTimeline, timelineAt } from "@/lib/policy";
import { CONTACT_PAGE_FILE, type ContentFile, PDF_FILE, POLICY_METADATA_FILE, VERSION_LOCK_FILE, versionDir, VERSIONS_DIR } from "@/lib/policy/files";
import { parseContent, type ParseContentOptions, splitMarkdownFile } from "@/lib/policy/parse-policy";
import type { VersionLock } from "@/lib/policy/schema";
import { translatedTimeline } from "@/lib/policy/translated-timeline";
import { translatedFileHashes, translatedFolders, translatedVersionDir, translationDir } from "@/lib/policy/translations";
import { fileHash, versionFileHashes } from "@/lib/policy/version-lock";

/** Small stand-in ids for fixture sections: kept apart from the real policy on purpose. */
export const FIXTURE_IDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];
/** The fixture's one published version: its effective date, and the folder its files are in. */
export const FIXTURE_VERSION = "2026-02-01";
export const FIXTURE_DIR = `${VERSIONS_DIR}/${FIXTURE_VERSION}`;
export const SECTIONS = `${FIXTURE_DIR}/sections`;

/** A section file of version `version` (the fixture's one by default). */
export function sectionFile(
  number: number,
  id: string,
  {
    frontmatter,
    body = `Text of section ${number}. {#${id}--text}`,
    version = FIXTURE_VERSION,
  }: { frontmatter?: string; body?: string; version?: string } = {},
): ContentFile {
  const fields = frontmatter ?? `id: ${id}\nnumber: ${number}\ntitle: Section ${id}\nupdated: 2026-01-0${(number % 9) + 1}`;
  return { path: `${versionDir(version)}/sections/${String(number).padStart(2, "0")}-${id}.md`, text: `---\n${fields}\n---\n\n${body}\n` };
}

export const POLICY_FILE: ContentFile = {
  path: "content/policy.yaml",
  text: "title: Privacy Policy\norganization: example.org\ncontactEmail: privacy@example.org\nsiteUrl: https://example.org\ntimeZone: Europe/Paris\n",
};

/** A version's version.yaml; `updated` defaults to its effective date, the latest it may be. */
export function versionFile(
  effective: string,
  { updated = effective, summary = `The version of ${effective}.`, significant = false }: { updated?: string; summary?: string; significant?: boolean } = {},
): ContentFile {
  return { path: `${versionDir(effective)}/version.yaml`, text: `updated: ${updated}\nsummary: ${summary}\nsignificant: ${significant}\n` };
}

export const VERSION_FILE: ContentFile = versionFile(FIXTURE_VERSION, { summary: "The first version." });

/**
 * One whole version folder: its version.yaml and the ten fixture sections, some with other bodies (by fixture id).
 * Each version's section files are those of the fixture, so versions differ only where a test says so. Their
 * sections are dated up to 2026-01-09, so the effective date must be that day or later.
 */
export function versionFolder(
  effective: string,
  { bodies = {}, ...facts }: { bodies?: Record<string, string>; updated?: string; summary?: string; significant?: boolean } = {},
): ContentFile[] {
  return [
    versionFile(effective, facts),
    ...FIXTURE_IDS.map((id, index) => sectionFile(index + 1, id, { version: effective, ...(bodies[id] === undefined ? {} : { body: bodies[id] }) })),
  ];
}

export const CONTACT_FILE: ContentFile = {
  path: "content/contact.md",
  text: "---\ntitle: Contact\nupdated: 2026-01-01\n---\n\nWrite to [us](mailto:privacy@example.org) about [your rights](/privacy#bravo).\n",
};

/** The anchor lock of the valid fixture: each section id and its one clause. */
export function anchorLockFile(lock: { published?: string[]; aliases?: Record<string, string> } = {}): ContentFile {
  const published = lock.published ?? FIXTURE_IDS.flatMap((id) => [id, `${id}--text`]);
  return { path: "content/anchors.json", text: JSON.stringify({ published, aliases: lock.aliases ?? {} }) };
}

/**
 * `files` with a version lock that publishes every version folder in them as it is now (announced on its effective
 * date), replacing any lock they had: fixtures edit published files freely, and test the lock on its own.
 */
export function withVersionLock(files: readonly ContentFile[], { drafts = [] }: { drafts?: readonly string[] } = {}): ContentFile[] {
  const pattern = new RegExp(`^${VERSIONS_DIR}/([^/]+)/`);
  const versions = [...new Set(files.flatMap((file) => pattern.exec(file.path)?.[1] ?? []))].filter((effective) => !drafts.includes(effective)).sort();
  const lock = Object.fromEntries(versions.map((effective) => [effective, { announced: effective, files: versionFileHashes(effective, files) }]));
  return withFile([...files], versionLockFile(lock));
}

/** content/versions.lock.json with exactly this content. */
export function versionLockFile(lock: VersionLock): ContentFile {
  return { path: VERSION_LOCK_FILE, text: `${JSON.stringify(lock, null, 2)}\n` };
}

/** The version lock in `files`, parsed: to edit one entry of it. */
export function versionLockOf(files: readonly ContentFile[]): VersionLock {
  const file = files.find((candidate) => candidate.path === VERSION_LOCK_FILE);
  if (!file) throw new Error(`${VERSION_LOCK_FILE} is not among the files`);
  return JSON.parse(file.text) as VersionLock;
}

/**
 * A complete, valid set of content files: the policy metadata, the contact page, the anchor lock, and one published
 * version (its version.yaml and ten short sections) with its lock.
 */
export function validFiles(): ContentFile[] {
  return withVersionLock([POLICY_FILE, CONTACT_FILE, anchorLockFile(), VERSION_FILE, ...FIXTURE_IDS.map((id, index) => sectionFile(index + 1, id))]);
}

/**
 * Parses fixture files as content/ holding them would be, with the version lock brought up to date first (unless
 * `keepLock`), and returns the fixture's one version: what most tests are about.
 */
export function parseFixture(
  files: readonly ContentFile[],
  { keepLock = false, ...options }: ParseContentOptions & { keepLock?: boolean } = {},
): { data: Policy | null; errors: ContentError[] } {
  const { data, errors } = parseContent(keepLock ? files : withVersionLock(files), options);
  return { data: data?.versions.at(-1) ?? null, errors };
}

/**
 * Valid content with one published version per folder given (each locked as it is, announced on its effective
 * date), except the `drafts`, and an anchor lock that records `anchors` (by default the fixture's section and clause
 * ids) and `aliases`.
 */
export function contentFiles(
  folders: readonly ContentFile[][],
  { drafts = [], anchors = publishedAnchors(), aliases = {} }: { drafts?: readonly string[]; anchors?: readonly string[]; aliases?: Record<string, string> } = {},
): ContentFile[] {
  return withVersionLock([POLICY_FILE, CONTACT_FILE, anchorLockFile({ published: [...anchors], aliases }), ...folders.flat()], { drafts });
}

/** `files` with the file at `replacement.path` replaced (or added when there is none). */
export function withFile(files: ContentFile[], replacement: ContentFile): ContentFile[] {
  const kept = files.filter((file) => file.path !== replacement.path);
  return [...kept, replacement];
}

/** `files` with section `number` (named after its fixture id) replaced by `replacement`. */
export function withSection(files: ContentFile[], number: number, replacement: ContentFile): ContentFile[] {
  const original = sectionFile(number, FIXTURE_IDS[number - 1] ?? "");
  return [...files.filter((file) => file.path !== original.path), replacement];
}

/** The published anchors of fixture sections with these bodies: each section id and every clause id in its body. */
export function publishedAnchors(bodies: Record<string, string> = {}): string[] {
  return FIXTURE_IDS.flatMap((id) => [id, ...[...(bodies[id] ?? `{#${id}--text}`).matchAll(/\{#([^{}\s]+)\}/g)].map((match) => match[1] ?? "")]);
}

/** Writes `files` into a new temporary project folder and returns its path; the caller removes it. */
export function writeContentDir(files: readonly ContentFile[], prefix = "policy-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const write = (file: ContentFile) => {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.text);
  };
  const lockFile = files.find((file) => file.path === VERSION_LOCK_FILE);
  for (const file of files) if (file !== lockFile) write(file);
  if (lockFile) write(withPlaceholderPdfs(dir, lockFile));
  return dir;
}

/** A stand-in for a version's PDF: tests of the text need no printing, only a file whose hash the lock records. */
const PLACEHOLDER_PDF = "%PDF-1.7\n% a stand-in for a test of the text\n%%EOF\n";

/** Writes the stand-in PDF beside each published version and recorded translation, and records it in the lock. */
function withPlaceholderPdfs(dir: string, lockFile: ContentFile): ContentFile {
  const lock = versionLockOf([lockFile]);
  const place = (folder: string) => {
    fs.mkdirSync(path.join(dir, folder), { recursive: true });
    fs.writeFileSync(path.join(dir, folder, PDF_FILE), PLACEHOLDER_PDF);
    return fileHash(PLACEHOLDER_PDF);
  };
  for (const [effective, entry] of Object.entries(lock)) {
    entry.pdf ??= place(versionDir(effective));
    for (const [language, translation] of Object.entries(entry.translations ?? {})) translation.pdf ??= place(translatedVersionDir(language, effective));
  }
  return versionLockFile(lock);
}

/**
 * The real content (content/ of this project), valid, with SITE_URL ignored unless given: the newest published
 * version is the policy the site shows once it is in effect, and what tests of the real text are about.
 */
export function realContent(siteUrlOverride = ""): PolicyContent {
  const { data, errors } = loadContent(process.cwd(), { siteUrlOverride });
  if (!data) throw new Error(`The real content is invalid: run \`npm run content:check\`.\n${errors.map(formatContentError).join("\n")}`);
  return data;
}

/** The real content as of its newest published version's effective date: that version is in effect. */
export function realTimeline(siteUrlOverride = ""): PolicyTimeline {
  const content = realContent(siteUrlOverride);
  const newest = content.versions.at(-1);
  if (!newest) throw new Error("The real content has no published version.");
  return timelineAt(content, newest.version.effective);
}

/** The newest published version of the real content. */
export function realPolicy(siteUrlOverride = ""): Policy {
  return realTimeline(siteUrlOverride).current;
}

/** The fixture content parsed, with some sections' bodies replaced and an anchor lock recording their clauses. */
export function fixtureContent(bodies: Record<string, string> = {}, aliases: Record<string, string> = {}): PolicyContent {
  let files = validFiles();
  for (const [index, id] of FIXTURE_IDS.entries()) {
    const body = bodies[id];
    if (body !== undefined) files = withSection(files, index + 1, sectionFile(index + 1, id, { body }));
  }
  files = withFile(files, anchorLockFile({ published: [...publishedAnchors(bodies), ...Object.keys(aliases)], aliases }));
  const { data, errors } = parseContent(withVersionLock(files));
  if (!data) throw new Error(errors.map(formatContentError).join("\n"));
  return data;
}

/** The fixture's one version parsed, with some sections' bodies replaced and an anchor lock recording their clauses. */
export function fixturePolicy(bodies: Record<string, string> = {}, aliases: Record<string, string> = {}): Policy {
  return fixtureTimeline(bodies, aliases).current;
}

/** The fixture content as of its version's effective date: that version is in effect, nothing is upcoming. */
export function fixtureTimeline(bodies: Record<string, string> = {}, aliases: Record<string, string> = {}): PolicyTimeline {
  return timelineAt(fixtureContent(bodies, aliases), FIXTURE_VERSION);
}

// Translations: content/translations/LANG/ mirrors content/ (policy.yaml, contact.md, versions/DATE/…).

/** The language of the fixture translations. */
export const FIXTURE_LANGUAGE = "fr";

/** The file of `files` at `filePath`; throws when there is none, so that a fixture never mirrors a missing file. */
export function fileAt(files: readonly ContentFile[], filePath: string): ContentFile {
  const file = files.find((candidate) => candidate.path === filePath);
  if (!file) throw new Error(`${filePath} is not among the files`);
  return file;
}

/** `files` without the files at these paths (each must be there). */
export function withoutFiles(files: readonly ContentFile[], ...paths: string[]): ContentFile[] {
  for (const filePath of paths) fileAt(files, filePath);
  return files.filter((file) => !paths.includes(file.path));
}

/** The path of the translation of an English file of content/versions/ (a version.yaml or a section file). */
export function translatedPath(englishPath: string, language = FIXTURE_LANGUAGE): string {
  if (!englishPath.startsWith(`${VERSIONS_DIR}/`)) throw new Error(`${englishPath} is not in ${VERSIONS_DIR}`);
  return `${translationDir(language)}/versions/${englishPath.slice(VERSIONS_DIR.length + 1)}`;
}

/** The clause markers of a Markdown text, in order: `{#alpha--text}`, … */
export const clauseMarkers = (markdown: string): string[] => [...markdown.matchAll(/\{#[^{}\s]+\}/g)].map((match) => match[0]);

/**
 * The translation of an English section file: the same file name, id, number and clause markers in the same order
 * (one French paragraph each, unless `body` is given), and `translates` the hash of the English file, as
 * content:translated writes it. `number` renumbers the translation (its file name too), `translates` records
 * another hash.
 */
export function translatedSectionFile(
  english: ContentFile,
  { language = FIXTURE_LANGUAGE, body, number, translates = fileHash(english.text) }: { language?: string; body?: string; number?: number; translates?: string } = {},
): ContentFile {
  const { data, body: englishBody } = splitMarkdownFile(english.text);
  const fields = data as { id: string; number: number; updated: string };
  const ownNumber = number ?? fields.number;
  const text = body ?? clauseMarkers(englishBody).map((marker, index) => `Texte ${index + 1} de l’article ${fields.id}. ${marker}`).join("\n\n");
  const dir = path.posix.dirname(translatedPath(english.path, language));
  return {
    path: `${dir}/${String(ownNumber).padStart(2, "0")}-${fields.id}.md`,
    text: `---\nid: ${fields.id}\nnumber: ${ownNumber}\ntitle: Article ${fields.id}\nupdated: ${fields.updated}\ntranslates: ${translates}\n---\n\n${text}\n`,
  };
}

/** content/translations/LANG/policy.yaml: the translated title. */
export function translationSettingsFile(language = FIXTURE_LANGUAGE): ContentFile {
  return { path: `${translationDir(language)}/policy.yaml`, text: "title: Politique de confidentialité\n" };
}

/** The translated contact page, translating the English one (`english`) as it is, unless `translates` says otherwise. */
export function translatedContactFile(english: ContentFile, { language = FIXTURE_LANGUAGE, translates = fileHash(english.text) }: { language?: string; translates?: string } = {}): ContentFile {
  return {
    path: `${translationDir(language)}/contact.md`,
    text: `---\ntitle: Nous contacter\nupdated: 2026-01-01\ntranslates: ${translates}\n---\n\nÉcrivez-[nous](mailto:privacy@example.org) au sujet de [vos droits](/privacy#bravo).\n`,
  };
}

/** A translated version's version.yaml: its summary. */
export function translatedVersionFile(effective: string, language = FIXTURE_LANGUAGE): ContentFile {
  return { path: `${translatedVersionDir(language, effective)}/version.yaml`, text: `summary: La version du ${effective}.\n` };
}

/** The effective dates of the English version folders in `files`, oldest first. */
export function englishVersions(files: readonly ContentFile[]): string[] {
  const pattern = new RegExp(`^${VERSIONS_DIR}/([^/]+)/`);
  return [...new Set(files.flatMap((file) => pattern.exec(file.path)?.[1] ?? []))].sort();
}

/** A whole translated version folder: its version.yaml and the translation of every English section of `effective` in `files`. */
export function translatedVersionFolder(files: readonly ContentFile[], effective: string, language = FIXTURE_LANGUAGE): ContentFile[] {
  const sections = files.filter((file) => file.path.startsWith(`${versionDir(effective)}/sections/`));
  return [translatedVersionFile(effective, language), ...sections.map((english) => translatedSectionFile(english, { language }))];
}

/** policy.yaml of `files` listing `language` among its translations, approved or not. */
export function listTranslation(files: readonly ContentFile[], language = FIXTURE_LANGUAGE, approved = false): ContentFile[] {
  const policy = fileAt(files, POLICY_METADATA_FILE);
  const entry = `  ${language}:\n    approved: ${approved}\n`;
  const text = policy.text.includes("\ntranslations:\n") ? policy.text.replace("\ntranslations:\n", `\ntranslations:\n${entry}`) : `${policy.text}translations:\n${entry}`;
  return withFile([...files], { path: POLICY_METADATA_FILE, text });
}

/**
 * `files` with a complete translation into `language`: listed in policy.yaml, its title, its contact page, and a
 * translation of each English version folder (or of `versions` only), each mirroring the English as it is now;
 * the translations of published versions recorded in the version lock (unless `record` is false).
 */
export function withTranslation(
  files: readonly ContentFile[],
  { language = FIXTURE_LANGUAGE, approved = false, versions = englishVersions(files), record = true }: { language?: string; approved?: boolean; versions?: readonly string[]; record?: boolean } = {},
): ContentFile[] {
  const translated = [
    ...listTranslation(files, language, approved),
    translationSettingsFile(language),
    translatedContactFile(fileAt(files, CONTACT_PAGE_FILE), { language }),
    ...versions.flatMap((effective) => translatedVersionFolder(files, effective, language)),
  ];
  return record ? withTranslationRecorded(translated, { language }) : translated;
}

/**
 * `files` with the translation into `language` of every published version (one the lock names) recorded in the
 * version lock as it is now, as content:translated records it, on `recorded` (by default the day the version was
 * announced). Drafts are left out: their translation is recorded when they are published.
 */
export function withTranslationRecorded(
  files: readonly ContentFile[],
  { language = FIXTURE_LANGUAGE, recorded }: { language?: string; recorded?: string } = {},
): ContentFile[] {
  const lock = versionLockOf(files);
  for (const effective of translatedFolders(language, files)) {
    const entry = lock[effective];
    if (!entry) continue;
    entry.translations = { ...entry.translations, [language]: { recorded: recorded ?? entry.announced, files: translatedFileHashes(language, effective, files) } };
  }
  return withFile([...files], versionLockFile(lock));
}

/** The one translation of `content`, French. */
export function frenchOf(content: PolicyContent) {
  const translation = content.translations.find((candidate) => candidate.language === "fr");
  if (!translation) throw new Error("the content has no French translation");
  return translation;
}

/** The English timeline of `content` on `today`, and the same in French. */
export function bilingualTimelines(content: PolicyContent, today: string) {
  const english = timelineAt(content, today);
  return { english, french: translatedTimeline(english, frenchOf(content), content.settings.prevails) };
}
