// `npm run content:new-version -- --effective YYYY-MM-DD [--summary "…"] [--significant]`: starts the next version
// of the policy as a draft, a copy of the latest version (published or draft) in content/versions/YYYY-MM-DD/.
// Edit its sections as Markdown; `npm run dev` shows it, marked as a draft; `npm run content:publish -- YYYY-MM-DD`
// publishes it. Until then no build includes it.
import { parseArgs } from "node:util";
import { readContentFiles, VERSION_FILE, VERSION_LOCK_FILE, versionDir, writeContentFile } from "../lib/policy/files";
import { effectiveDateSchema, versionLockSchema } from "../lib/policy/schema";
import { dateIn } from "../lib/policy/timeline";
import { DRAFT_SUMMARY, newestPublished, policyTimeZone, readJson, versionFolderNames } from "./content-versions";

const root = process.cwd();

function fail(message: string): never {
  console.error(`content:new-version: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { effective: { type: "string" }, summary: { type: "string" }, significant: { type: "boolean", default: false } } });
const effective = values.effective ?? fail("give the date the new version takes effect: npm run content:new-version -- --effective YYYY-MM-DD");
if (!effectiveDateSchema.safeParse(effective).success) fail(`--effective ${effective} is not a date — write it as YYYY-MM-DD`);

const { files } = readContentFiles(root);
const lock = readJson(files, VERSION_LOCK_FILE, versionLockSchema) ?? {};
const folders = versionFolderNames(files);
const latest = folders.at(-1) ?? fail("there is no version to start from");
if (folders.includes(effective)) fail(`${versionDir(effective)} exists already`);
const newest = newestPublished(lock);
if (newest !== undefined && effective <= newest) fail(`${effective} is not after the newest published version, ${newest}: a new version takes effect after it`);
const today = dateIn(policyTimeZone(files));
if (effective < today) fail(`${effective} is in the past (today is ${today}): a change takes effect after it is announced`);

const from = `${versionDir(latest)}/`;
const to = `${versionDir(effective)}/`;
const copied = files.filter((file) => file.path.startsWith(from) && !file.path.endsWith(`/${VERSION_FILE}`));
for (const file of copied) writeContentFile(root, { path: to + file.path.slice(from.length), text: file.text });
writeContentFile(root, {
  path: `${to}${VERSION_FILE}`,
  text: [
    "# This version's own facts, validated by lib/policy/schema.ts (versionFrontmatterSchema). Its folder's name is the",
    "# date it takes effect. Once published (content/versions.lock.json), nothing in this folder may change.",
    `updated: ${today}`,
    `summary: ${JSON.stringify(values.summary ?? DRAFT_SUMMARY)}`,
    "# true when apps must tell their users about this version (section 9: significant changes are notified).",
    `significant: ${values.significant}`,
    "",
  ].join("\n"),
});
console.log(
  `content:new-version: draft ${to} made from ${latest} (${copied.length} sections). Edit its sections (set "updated" on those you change), ` +
    `its summary and "significant" in ${to}${VERSION_FILE}; preview with npm run dev; publish with npm run content:publish -- ${effective}`,
);
