// `npm run content:anchors`: gives every clause without an id a {#id} marker (existing ones are never changed),
// then records every current anchor in content/anchors.json (recorded ones are never removed).
import { recordAnchors } from "../lib/policy/anchor-lock";
import { addMissingClauseIds, clauseCandidates } from "../lib/policy/clause-id";
import { formatContentError } from "../lib/policy/errors";
import { ANCHOR_LOCK_FILE, readContentFiles, SECTIONS_DIR, writeContentFile } from "../lib/policy/files";
import { loadPolicy } from "../lib/policy/load-policy";
import { parseMarkdown } from "../lib/policy/markdown";
import { splitMarkdownFile } from "../lib/policy/parse-policy";
import { type AnchorLock, anchorLockSchema, sectionFrontmatterSchema } from "../lib/policy/schema";

const root = process.cwd();
const { files } = readContentFiles(root);

function readLock(): AnchorLock {
  const file = files.find((candidate) => candidate.path === ANCHOR_LOCK_FILE);
  if (!file) return { published: [], aliases: {} };
  const parsed = anchorLockSchema.safeParse(JSON.parse(file.text));
  if (!parsed.success) {
    console.error(`${ANCHOR_LOCK_FILE} is invalid; fix it first (npm run content:check says how).`);
    process.exit(1);
  }
  return parsed.data;
}

const lock = readLock();
// Never hand out an id that was published before, even if it is gone now: old links would land on the wrong clause.
const taken = new Set([...lock.published, ...Object.keys(lock.aliases)]);
const current: string[] = [];
let added = 0;

for (const file of files.filter((candidate) => candidate.path.startsWith(`${SECTIONS_DIR}/`) && candidate.path.endsWith(".md"))) {
  const { data, body: content } = splitMarkdownFile(file.text);
  const id = sectionFrontmatterSchema.shape.id.safeParse(typeof data === "object" && data !== null && "id" in data ? data.id : undefined);
  if (!id.success) {
    console.error(`${file.path}: id is invalid, so its clauses cannot be named; fix it first (npm run content:check says how).`);
    process.exit(1);
  }
  const tree = parseMarkdown(content, file.path);
  for (const clause of clauseCandidates(tree)) if (clause.id) taken.add(clause.id);
  const result = addMissingClauseIds(id.data, content, tree, taken);
  if (result.added.length > 0) {
    writeContentFile(root, { path: file.path, text: file.text.slice(0, file.text.length - content.length) + result.source });
    for (const clauseId of result.added) console.log(`${file.path}: added {#${clauseId}}`);
    added += result.added.length;
  }
  current.push(id.data, ...clauseCandidates(tree).flatMap((clause) => (clause.id ? [clause.id] : [])), ...result.added);
}

const updated = recordAnchors(current, lock);
const newlyRecorded = updated.published.length - lock.published.length;
writeContentFile(root, { path: ANCHOR_LOCK_FILE, text: `${JSON.stringify(updated, null, 2)}\n` });
console.log(`content:anchors: ${added} clause id${added === 1 ? "" : "s"} added, ${newlyRecorded} anchor${newlyRecorded === 1 ? "" : "s"} newly recorded, ${updated.published.length} in ${ANCHOR_LOCK_FILE}`);

const { errors } = loadPolicy(root);
if (errors.length > 0) {
  for (const error of errors) console.error(formatContentError(error));
  process.exit(1);
}
