import fs from "node:fs";
import path from "node:path";
import type { ContentError } from "./errors";

/**
 * The only module that reads files: content/ and the site's icon. Everything above lib/policy gets values, never
 * paths, so the production server needs none of these files (the pages are prerendered from them).
 */

/** A content file as text, addressed by its path relative to the project root (always with "/"). */
export type ContentFile = { path: string; text: string };

export const POLICY_METADATA_FILE = "content/policy.yaml";
export const CONTACT_PAGE_FILE = "content/contact.md";
export const ANCHOR_LOCK_FILE = "content/anchors.json";
export const SECTIONS_DIR = "content/sections";
const SITE_ICON_FILE = "app/icon.svg";

/**
 * Reads the policy's content files under `rootDir`. Never throws: a file that cannot be read becomes an error,
 * so that every problem in every file is reported in one run.
 */
export function readContentFiles(rootDir: string): { files: ContentFile[]; errors: ContentError[] } {
  const files: ContentFile[] = [];
  const errors: ContentError[] = [];

  const read = (relativePath: string) => {
    try {
      files.push({ path: relativePath, text: fs.readFileSync(path.join(rootDir, relativePath), "utf8") });
    } catch (cause) {
      errors.push({ file: relativePath, field: "file", message: `cannot be read (${describeFsError(cause)}) — restore the file` });
    }
  };

  read(POLICY_METADATA_FILE);
  read(CONTACT_PAGE_FILE);
  read(ANCHOR_LOCK_FILE);

  let sectionFileNames: string[] = [];
  try {
    sectionFileNames = fs
      .readdirSync(path.join(rootDir, SECTIONS_DIR), { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort();
  } catch (cause) {
    errors.push({
      file: SECTIONS_DIR,
      field: "folder",
      message: `cannot be read (${describeFsError(cause)}) — restore the folder with one Markdown file per section`,
    });
  }
  for (const name of sectionFileNames) read(`${SECTIONS_DIR}/${name}`);

  return { files, errors };
}

/** Writes content files back (content:anchors); paths as readContentFiles gives them. */
export function writeContentFile(rootDir: string, file: ContentFile): void {
  fs.writeFileSync(path.join(rootDir, file.path), file.text);
}

/** app/icon.svg as a data: URI, so generated images draw the same mark as the favicon from a single source. */
export function readSiteIconDataUri(rootDir: string): string {
  return `data:image/svg+xml;base64,${fs.readFileSync(path.join(rootDir, SITE_ICON_FILE)).toString("base64")}`;
}

function describeFsError(cause: unknown): string {
  if (cause instanceof Error && "code" in cause && cause.code === "ENOENT") return "it does not exist";
  return cause instanceof Error ? cause.message : String(cause);
}
