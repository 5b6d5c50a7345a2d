// `npm run content:anchors`: gives every clause without an id a {#id} marker (existing ones are never changed),
// then records every current anchor in content/anchors.json (recorded ones are never removed).
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ANCHOR_LOCK_FILE, type AnchorLock, anchorLockSchema, recordAnchors } from "../lib/content/anchor-lock";
import { formatContentError } from "../lib/content/content-error";
import { loadContent } from "../lib/content/load-content";
import { SECTIONS_DIR } from "../lib/content/read-content-files";
import { sectionFrontmatterSchema } from "../lib/content/schema";
import { addMissingClauseIds, collectClauses } from "../lib/markdown/clauses";

const root = process.cwd();
const lockPath = path.join(root, ANCHOR_LOCK_FILE);

function readLock(): AnchorLock {
  if (!fs.existsSync(lockPath)) return { published: [], aliases: {} };
  const parsed = anchorLockSchema.safeParse(JSON.parse(fs.readFileSync(lockPath, "utf8")));
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

for (const name of fs.readdirSync(path.join(root, SECTIONS_DIR)).filter((file) => file.endsWith(".md")).sort()) {
  const file = path.join(root, SECTIONS_DIR, name);
  const text = fs.readFileSync(file, "utf8");
  const { data, content } = matter(text, {});
  const frontmatter = sectionFrontmatterSchema.shape.id.safeParse(data.id);
  if (!frontmatter.success) {
    console.error(`${SECTIONS_DIR}/${name}: id is invalid, so its clauses cannot be named; fix it first (npm run content:check says how).`);
    process.exit(1);
  }
  const sectionId = frontmatter.data;
  for (const clause of collectClauses(content)) if (clause.id) taken.add(clause.id);
  const result = addMissingClauseIds(sectionId, content, taken);
  if (result.added.length > 0) {
    fs.writeFileSync(file, text.slice(0, text.length - content.length) + result.markdown);
    for (const id of result.added) console.log(`${SECTIONS_DIR}/${name}: added {#${id}}`);
    added += result.added.length;
  }
  current.push(sectionId, ...collectClauses(result.markdown).flatMap((clause) => (clause.id ? [clause.id] : [])));
}

const updated = recordAnchors(current, lock);
const newlyRecorded = updated.published.length - lock.published.length;
fs.writeFileSync(lockPath, `${JSON.stringify(updated, null, 2)}\n`);
console.log(`content:anchors: ${added} clause id${added === 1 ? "" : "s"} added, ${newlyRecorded} anchor${newlyRecorded === 1 ? "" : "s"} newly recorded, ${updated.published.length} in ${ANCHOR_LOCK_FILE}`);

const { errors } = loadContent(root);
if (errors.length > 0) {
  for (const error of errors) console.error(formatContentError(error));
  process.exit(1);
}
