// `npm run content:translated -- fr cookies [ID …] [--contact-page] [--all] [--version YYYY-MM-DD]`: records that
// the French of these sections (--contact-page: of the contact page; --all: of every section and the contact page)
// translates the English as it is now.
// It writes the hash of each English file into its translation's `translates` field, so that editors never compute
// it, then records the version's translation, with today's date, in content/versions.lock.json. Adding or updating
// the translation of a published version is allowed: it is not a new version. The translation's PDF is printed again
// and recorded with it (scripts/version-pdf.ts).
import { parseArgs } from "node:util";
import { formatContentError } from "../lib/policy/errors";
import { CONTACT_PAGE_FILE, type ContentFile, readContentFiles, SECTIONS_FOLDER, VERSION_LOCK_FILE, writeContentFile } from "../lib/policy/files";
import { loadContent } from "../lib/policy/load-policy";
import { versionLockSchema } from "../lib/policy/schema";
import { dateIn } from "../lib/policy/timeline";
import { translatedFileHashes, translatedFolders, translatedVersionDir, translationDir } from "../lib/policy/translations";
import { fileHash } from "../lib/policy/version-lock";
import { policyTimeZone, readJson, readSectionFile, sectionFilesOf, versionFolderNames } from "./content-versions";
import { writeVersionPdfs } from "./version-pdf";

const root = process.cwd();

function fail(message: string): never {
  console.error(`content:translated: ${message}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { all: { type: "boolean", default: false }, "contact-page": { type: "boolean", default: false }, version: { type: "string" } } });
const [language, ...ids] = positionals;
if (!language) fail("name the language and what was translated: npm run content:translated -- fr cookies (or --contact-page, or --all)");
if (ids.length === 0 && !values.all && !values["contact-page"]) fail("name the sections translated by their ids, or give --contact-page or --all");

const { files } = readContentFiles(root);
const effective = values.version ?? translatedFolders(language, files).at(-1) ?? fail(`${translationDir(language)}/versions holds no translated version yet: copy a version's English sections there and translate them`);
if (!versionFolderNames(files).includes(effective)) fail(`there is no English version ${effective}`);

/** The translation's file for an English one, and the English file's current hash written into it. */
function markTranslated(english: ContentFile, translatedPath: string): void {
  const translated = files.find((file) => file.path === translatedPath) ?? fail(`${translatedPath} does not exist: translate ${english.path} there first`);
  const hash = fileHash(english.text);
  const end = translated.text.indexOf("\n---", 3);
  if (!translated.text.startsWith("---") || end < 0) fail(`${translatedPath} has no frontmatter: start it with a --- block as ${english.path} does`);
  const frontmatter = translated.text.slice(0, end);
  const updated = /^translates:.*$/m.test(frontmatter) ? frontmatter.replace(/^translates:.*$/m, `translates: ${hash}`) : `${frontmatter}\ntranslates: ${hash}`;
  translated.text = updated + translated.text.slice(end);
  writeContentFile(root, translated);
  console.log(`${translatedPath}: translates ${english.path} as it is now`);
}

// Each English section file is parsed once; as before, the first file with an id is the one it names.
const byId = new Map<string, ContentFile>();
for (const file of sectionFilesOf(files, effective)) {
  const { id } = readSectionFile(file);
  if (!byId.has(id)) byId.set(id, file);
}
const wanted = values.all ? [...byId.keys()] : ids;
for (const id of wanted) {
  const english = byId.get(id) ?? fail(`the English version ${effective} has no section "${id}"`);
  markTranslated(english, `${translatedVersionDir(language, effective)}/${SECTIONS_FOLDER}/${english.path.split("/").at(-1)}`);
}
if (values.all || values["contact-page"]) {
  const english = files.find((file) => file.path === CONTACT_PAGE_FILE) ?? fail(`${CONTACT_PAGE_FILE} is missing`);
  markTranslated(english, `${translationDir(language)}/contact.md`);
}

// A published version's translation is recorded with its date; a draft's waits for the draft to be published.
const lock = readJson(files, VERSION_LOCK_FILE, versionLockSchema) ?? {};
const entry = lock[effective];
if (entry) {
  const recorded = dateIn(policyTimeZone(files));
  entry.translations = { ...entry.translations, [language]: { recorded, files: translatedFileHashes(language, effective, files) } };
  writeContentFile(root, { path: VERSION_LOCK_FILE, text: `${JSON.stringify(lock, null, 2)}\n` });
  console.log(`content:translated: the ${language} translation of ${effective} is recorded in ${VERSION_LOCK_FILE} (${recorded}). Commit content/.`);
}

async function finish(): Promise<void> {
  // The recorded translation's PDF, printed again from its new text.
  if (entry) {
    try {
      for (const pdf of await writeVersionPdfs(root, effective, [language ?? ""])) console.log(`content:translated: wrote ${pdf}`);
    } catch (error) {
      fail(`its PDF could not be made (${error instanceof Error ? error.message : String(error)}); fix that, then run npm run content:pdf -- ${effective} --language ${language}`);
    }
  }
  const { errors, warnings } = loadContent(root);
  for (const warning of warnings) console.warn(`warning: ${formatContentError(warning)}`);
  if (errors.length > 0) {
    for (const error of errors) console.error(formatContentError(error));
    process.exit(1);
  }
}

void finish();
