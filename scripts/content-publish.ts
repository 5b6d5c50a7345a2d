// `npm run content:publish -- YYYY-MM-DD [--announced YYYY-MM-DD]`: publishes the draft version of that effective
// date. Records the hash of each of its files and the day it was announced (today in the policy's time zone, unless
// given) in content/versions.lock.json, and its anchors in content/anchors.json; from then on content:check fails
// if any of its files changes. Prints its PDFs with Chromium (scripts/version-pdf.ts) and records them too. Refuses,
// changing nothing, when the content would not then be valid.
import { parseArgs } from "node:util";
import { recordAnchors } from "../lib/policy/anchor-lock";
import { type ContentError, formatContentError } from "../lib/policy/errors";
import { ANCHOR_LOCK_FILE, readContentFiles, removeContentFile, VERSION_FILE, VERSION_LOCK_FILE, versionDir, writeContentFile } from "../lib/policy/files";
import { loadContent } from "../lib/policy/load-policy";
import { parseContent } from "../lib/policy/parse-policy";
import { anchorLockSchema, effectiveDateSchema, versionLockSchema } from "../lib/policy/schema";
import { dateIn } from "../lib/policy/timeline";
import { DRAFT_SUMMARY, newestPublished, policyTimeZone, readJson, versionAnchors } from "./content-versions";
import { translatedFileHashes, translatedFolders, translationLanguages } from "../lib/policy/translations";
import { versionFileHashes } from "../lib/policy/version-lock";
import { writeVersionPdfs } from "./version-pdf";

const root = process.cwd();

function fail(message: string): never {
  console.error(`content:publish: ${message}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { announced: { type: "string" } } });
const effective = positionals[0] ?? fail("name the version to publish by its effective date: npm run content:publish -- YYYY-MM-DD");
if (!effectiveDateSchema.safeParse(effective).success) fail(`"${effective}" is not a date — write it as YYYY-MM-DD`);

const { files } = readContentFiles(root);
const lock = readJson(files, VERSION_LOCK_FILE, versionLockSchema) ?? {};
const anchors = readJson(files, ANCHOR_LOCK_FILE, anchorLockSchema) ?? { published: [], aliases: {} };
if (Object.hasOwn(lock, effective)) fail(`${effective} is published already; a published version never changes — start a new one: npm run content:new-version -- --effective YYYY-MM-DD`);
const versionFiles = versionFileHashes(effective, files);
if (Object.keys(versionFiles).length === 0) fail(`there is no draft ${versionDir(effective)} — start one: npm run content:new-version -- --effective ${effective}`);
const newest = newestPublished(lock);
if (newest !== undefined && effective <= newest) fail(`${effective} is not after the newest published version, ${newest}: versions take effect one after the other`);

const announced = values.announced ?? dateIn(policyTimeZone(files));
if (!effectiveDateSchema.safeParse(announced).success) fail(`--announced ${announced} is not a date — write it as YYYY-MM-DD`);
if (announced > effective) fail(`it would be announced on ${announced}, after it takes effect on ${effective}: choose a later effective date (rename the folder) so readers get notice`);
if (files.find((file) => file.path === `${versionDir(effective)}/${VERSION_FILE}`)?.text.includes(DRAFT_SUMMARY)) {
  fail(`${versionDir(effective)}/${VERSION_FILE} still has the draft's placeholder summary — say in a sentence or two what changed`);
}

const before = { lock: files.find((file) => file.path === VERSION_LOCK_FILE), anchors: files.find((file) => file.path === ANCHOR_LOCK_FILE) };
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
// A translation ready with the draft is recorded with it, on the day it is announced.
const translations = Object.fromEntries(
  translationLanguages(files)
    .filter((language) => translatedFolders(language, files).includes(effective))
    .map((language) => [language, { recorded: announced, files: translatedFileHashes(language, effective, files) }]),
);
const entry = { announced, files: versionFiles, ...(Object.keys(translations).length > 0 ? { translations } : {}) };
const sortedLock = Object.fromEntries(Object.entries({ ...lock, [effective]: entry }).sort(([a], [b]) => (a < b ? -1 : 1)));
writeContentFile(root, { path: VERSION_LOCK_FILE, text: json(sortedLock) });
writeContentFile(root, { path: ANCHOR_LOCK_FILE, text: json(recordAnchors(versionAnchors(files, effective), anchors)) });

/** Nothing is half-published: both locks go back to what they were, and no PDF is left behind. */
function undo(pdfs: readonly string[]): void {
  for (const file of [before.lock, before.anchors]) if (file) writeContentFile(root, file);
  for (const pdf of pdfs) removeContentFile(root, pdf);
}

function refuse(errors: readonly ContentError[], pdfs: readonly string[]): never {
  for (const error of errors) console.error(formatContentError(error));
  undo(pdfs);
  fail(`not published: fix the ${errors.length} problem${errors.length === 1 ? "" : "s"} above, then run it again`);
}

async function publish(): Promise<void> {
  // The text first: a version that would make the content invalid is refused before anything is printed.
  const { errors: textErrors } = parseContent(readContentFiles(root).files);
  if (textErrors.length > 0) refuse(textErrors, []);
  // Its PDFs (English and each translation recorded with it), printed now: a published text never changes.
  let pdfs: string[] = [];
  try {
    pdfs = await writeVersionPdfs(root, effective);
  } catch (error) {
    undo(pdfs);
    fail(`not published: its PDF could not be made (${error instanceof Error ? error.message : String(error)})`);
  }
  const { errors } = loadContent(root);
  if (errors.length > 0) refuse(errors, pdfs);
  console.log(`content:publish: ${effective} published (announced ${announced}), ${Object.keys(versionFiles).length} files locked in ${VERSION_LOCK_FILE}, PDFs made: ${pdfs.join(", ")}. Commit content/.`);
}

void publish();
