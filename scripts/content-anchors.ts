// `npm run content:anchors`: gives every clause of a draft version without an id a {#id} marker (existing ones are
// never changed; published versions never change at all), then records every anchor of every published version in
// content/anchors.json (recorded ones are never removed). content:publish records a version's anchors itself.
import { recordAnchors } from "../lib/policy/anchor-lock";
import { addMissingClauseIds, clauseCandidates } from "../lib/policy/clause-id";
import { formatContentError } from "../lib/policy/errors";
import { ANCHOR_LOCK_FILE, readContentFiles, VERSION_LOCK_FILE, writeContentFile } from "../lib/policy/files";
import { loadContent } from "../lib/policy/load-policy";
import { anchorLockSchema, versionLockSchema } from "../lib/policy/schema";
import { readJson, readSectionFile, sectionFilesOf, versionAnchors, versionFolderNames } from "./content-versions";

const root = process.cwd();
const { files } = readContentFiles(root);
const lock = readJson(files, ANCHOR_LOCK_FILE, anchorLockSchema) ?? { published: [], aliases: {} };
const published = Object.keys(readJson(files, VERSION_LOCK_FILE, versionLockSchema) ?? {});
const drafts = versionFolderNames(files).filter((date) => !published.includes(date));

// Never hand out an id that was published before, even if it is gone now: old links would land on the wrong clause.
const taken = new Set([...lock.published, ...Object.keys(lock.aliases)]);
let added = 0;
for (const file of drafts.flatMap((date) => sectionFilesOf(files, date))) {
  const { id, body, tree } = readSectionFile(file);
  for (const clause of clauseCandidates(tree)) if (clause.id) taken.add(clause.id);
  const result = addMissingClauseIds(id, body, tree, taken);
  if (result.added.length === 0) continue;
  writeContentFile(root, { path: file.path, text: file.text.slice(0, file.text.length - body.length) + result.source });
  for (const clauseId of result.added) console.log(`${file.path}: added {#${clauseId}}`);
  added += result.added.length;
}

const updated = recordAnchors(published.flatMap((date) => versionAnchors(files, date)), lock);
const newlyRecorded = updated.published.length - lock.published.length;
writeContentFile(root, { path: ANCHOR_LOCK_FILE, text: `${JSON.stringify(updated, null, 2)}\n` });
console.log(`content:anchors: ${added} clause id${added === 1 ? "" : "s"} added, ${newlyRecorded} anchor${newlyRecorded === 1 ? "" : "s"} newly recorded, ${updated.published.length} in ${ANCHOR_LOCK_FILE}`);

const { errors } = loadContent(root);
if (errors.length > 0) {
  for (const error of errors) console.error(formatContentError(error));
  process.exit(1);
}
