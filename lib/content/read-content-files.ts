import fs from "node:fs";
import path from "node:path";
import { ANCHOR_LOCK_FILE } from "./anchor-lock";
import type { ContentError } from "./content-error";

/** A content file as text, addressed by its path relative to the project root (always with "/"). */
export type ContentFile = { path: string; text: string };

export const POLICY_METADATA_FILE = "content/policy.yaml";
export const CONTACT_PAGE_FILE = "content/contact.md";
export const SECTIONS_DIR = "content/sections";

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

function describeFsError(cause: unknown): string {
  if (cause instanceof Error && "code" in cause && cause.code === "ENOENT") return "it does not exist";
  return cause instanceof Error ? cause.message : String(cause);
}
