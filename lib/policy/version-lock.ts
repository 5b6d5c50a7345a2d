import type { ContentError } from "./errors";
import { type ContentFile, fileHash, VERSION_LOCK_FILE, versionDir } from "./files";
import type { VersionLock } from "./schema";

export { fileHash } from "./files";

/** The lock's record of the files under a folder: path inside it → hash, in name order. */
export function folderFileHashes(dir: string, files: readonly ContentFile[]): Record<string, string> {
  const prefix = `${dir}/`;
  return Object.fromEntries(
    files
      .filter((file) => file.path.startsWith(prefix))
      .map((file) => [file.path.slice(prefix.length), fileHash(file.text)] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The lock's record of one version's files: path inside its folder → hash, in name order. */
export function versionFileHashes(effective: string, files: readonly ContentFile[]): Record<string, string> {
  return folderFileHashes(versionDir(effective), files);
}

const NEW_VERSION_HINT = "start a new version instead: npm run content:new-version -- --effective YYYY-MM-DD";

/**
 * A published version never changes: each of its files must hash as the lock says, none may be added or removed,
 * and it cannot have been announced after it took effect. Nothing here depends on today's date.
 */
export function checkVersionLock(lock: VersionLock, files: readonly ContentFile[], folders: ReadonlySet<string>): ContentError[] {
  const errors: ContentError[] = [];
  for (const [effective, entry] of Object.entries(lock)) {
    const dir = versionDir(effective);
    if (!folders.has(effective)) {
      errors.push({ file: dir, field: "folder", message: `is published (${VERSION_LOCK_FILE}) but missing — restore it: git checkout -- ${dir}` });
      continue;
    }
    if (entry.announced > effective) {
      errors.push({
        file: VERSION_LOCK_FILE,
        field: `${effective}.announced`,
        message: `${entry.announced} is after the version's effective date ${effective} — a change is announced before it takes effect; correct the date`,
      });
    }
    const actual = versionFileHashes(effective, files);
    for (const [name, hash] of Object.entries(entry.files)) {
      const file = `${dir}/${name}`;
      if (actual[name] === undefined) {
        errors.push({ file, field: "file", message: `belongs to published version ${effective} but is missing — restore it: git checkout -- ${file}` });
      } else if (actual[name] !== hash) {
        errors.push({
          file,
          field: "published",
          message: `differs from published version ${effective} (${VERSION_LOCK_FILE}) — a published version never changes: undo the edit (git checkout -- ${file}), or ${NEW_VERSION_HINT}`,
        });
      }
    }
    for (const name of Object.keys(actual)) {
      if (entry.files[name] === undefined) {
        errors.push({ file: `${dir}/${name}`, field: "file", message: `is not part of published version ${effective} — remove it, or ${NEW_VERSION_HINT}` });
      }
    }
  }
  return errors;
}
