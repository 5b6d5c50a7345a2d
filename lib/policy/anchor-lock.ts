import type { ContentError } from "./errors";
import { ANCHOR_LOCK_FILE } from "./files";
import type { AnchorLock } from "./schema";

/** The anchors the lock is checked against: the newest published version's, and those of every published version. */
type PublishedAnchors = { newest: ReadonlySet<string>; newestDate: string; everPublished: ReadonlySet<string> };

/**
 * Checks the anchors against the lock: an anchor ever published must still exist in the newest published version
 * (the one /privacy shows, or will once it takes effect) or be aliased to one that does, and every anchor of every
 * published version must be recorded. Older versions keep their own anchors on their archive pages.
 */
export function checkAnchorLock({ newest, newestDate, everPublished }: PublishedAnchors, lock: AnchorLock): ContentError[] {
  const errors: ContentError[] = [];
  const error = (field: string, message: string) => errors.push({ file: ANCHOR_LOCK_FILE, field, message });
  const published = new Set(lock.published);
  const aliases = new Map(Object.entries(lock.aliases));
  const where = `the newest version (${newestDate})`;

  for (const anchor of lock.published) {
    if (newest.has(anchor) || aliases.has(anchor)) continue;
    error(
      "published",
      `anchor "${anchor}" no longer exists in ${where} — restore it (put {#${anchor}} back at the end of its clause, or the section id back), ` +
        `or declare an alias to where it moved: "aliases": { "${anchor}": "NEW-ANCHOR" }`,
    );
  }
  for (const [from, to] of aliases) {
    if (newest.has(from)) error("aliases", `"${from}" is still an anchor in ${where} — remove its alias, an anchor cannot be both`);
    else if (!newest.has(to)) error("aliases", `"${from}" points to "${to}", which is not an anchor in ${where} — point it to a current anchor`);
    if (!published.has(from)) error("aliases", `"${from}" was never published — add it to "published" or remove the alias`);
  }
  const unrecorded = [...everPublished].filter((anchor) => !published.has(anchor));
  if (unrecorded.length > 0) {
    error(
      "published",
      `${unrecorded.length} anchor${unrecorded.length === 1 ? " is" : "s are"} not recorded (${unrecorded.slice(0, 3).join(", ")}${unrecorded.length > 3 ? ", …" : ""}) — run npm run content:anchors to record new anchors`,
    );
  }
  return errors;
}

/** The lock with every current anchor recorded; nothing is ever removed. */
export function recordAnchors(current: Iterable<string>, lock: AnchorLock): AnchorLock {
  return { published: [...new Set([...lock.published, ...current])].sort(), aliases: lock.aliases };
}
