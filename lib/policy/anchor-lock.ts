import type { ContentError } from "./errors";
import { ANCHOR_LOCK_FILE } from "./files";
import type { AnchorLock } from "./schema";

/**
 * Checks the page's current anchors against the lock: a published anchor must still exist or be aliased to one
 * that does, and every current anchor must be recorded.
 */
export function checkAnchorLock(current: ReadonlySet<string>, lock: AnchorLock): ContentError[] {
  const errors: ContentError[] = [];
  const error = (field: string, message: string) => errors.push({ file: ANCHOR_LOCK_FILE, field, message });
  const published = new Set(lock.published);
  const aliases = new Map(Object.entries(lock.aliases));

  for (const anchor of lock.published) {
    if (current.has(anchor) || aliases.has(anchor)) continue;
    error(
      "published",
      `anchor "${anchor}" no longer exists on /privacy — restore it (put {#${anchor}} back at the end of its clause, or the section id back), ` +
        `or declare an alias to where it moved: "aliases": { "${anchor}": "NEW-ANCHOR" }`,
    );
  }
  for (const [from, to] of aliases) {
    if (current.has(from)) error("aliases", `"${from}" is still an anchor on /privacy — remove its alias, an anchor cannot be both`);
    else if (!current.has(to)) error("aliases", `"${from}" points to "${to}", which is not an anchor on /privacy — point it to a current anchor`);
    if (!published.has(from)) error("aliases", `"${from}" was never published — add it to "published" or remove the alias`);
  }
  const unrecorded = [...current].filter((anchor) => !published.has(anchor));
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
