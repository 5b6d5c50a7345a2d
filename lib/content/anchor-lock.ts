import { z } from "zod";
import type { ContentError } from "./content-error";

export const ANCHOR_LOCK_FILE = "content/anchors.json";

const ANCHOR = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const anchorSchema = z.string().regex(ANCHOR, { error: (issue) => `${JSON.stringify(issue.input)} is not an anchor id — use lowercase letters, digits and hyphens` });

/**
 * Every anchor ever published (section ids and clause ids), and aliases from retired anchors to current ones.
 * Written by `npm run content:anchors`; links in emails and tickets rely on it, so anchors only ever get added.
 */
export const anchorLockSchema = z.strictObject({
  published: z.array(anchorSchema),
  aliases: z.record(anchorSchema, anchorSchema),
});
export type AnchorLock = z.infer<typeof anchorLockSchema>;

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
