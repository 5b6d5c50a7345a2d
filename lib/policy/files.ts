import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ContentError } from "./errors";

/**
 * The only module that reads files: content/ and the site's icon. Everything above lib/policy gets values, never
 * paths, so the production server needs none of these files (the pages are prerendered from them).
 */

/** A content file as text, addressed by its path relative to the project root (always with "/"). */
export type ContentFile = { path: string; text: string };

/** The SHA-256 of a file's text (UTF-8) or bytes, as the version lock records it. */
export function fileHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** A version's PDF, read as bytes: its path (as a ContentFile's), size and SHA-256. */
export type PdfFile = { path: string; size: number; sha256: string };

export const POLICY_METADATA_FILE = "content/policy.yaml";
export const CONTACT_PAGE_FILE = "content/contact.md";
export const ANCHOR_LOCK_FILE = "content/anchors.json";
export const VERSION_LOCK_FILE = "content/versions.lock.json";
/** One folder per version, named after its effective date: content/versions/2026-11-26/. */
export const VERSIONS_DIR = "content/versions";
/** Inside a version's folder: its own facts, and one Markdown file per section. */
export const VERSION_FILE = "version.yaml";
export const SECTIONS_FOLDER = "sections";
/** content/translations/fr/: each translation mirrors content/ (policy.yaml, contact.md, versions/DATE/…). */
export const TRANSLATIONS_DIR = "content/translations";
const SITE_ICON_FILE = "app/icon.svg";

export const versionDir = (effective: string) => `${VERSIONS_DIR}/${effective}`;
/** Inside a version's folder (and each translation's): the version as a PDF, made by content:publish. */
export const PDF_FILE = "policy.pdf";

/** The names of the folders directly under `dir` that hold any of the files, in name order. */
export function childFolders(dir: string, files: readonly ContentFile[]): string[] {
  const prefix = `${dir}/`;
  const names = new Set<string>();
  for (const file of files) {
    if (!file.path.startsWith(prefix)) continue;
    const rest = file.path.slice(prefix.length);
    const end = rest.indexOf("/");
    if (end >= 0) names.add(rest.slice(0, end));
  }
  return [...names].sort();
}

/**
 * Reads the policy's content files under `rootDir`: the shared files, then every version's version.yaml and
 * sections, in name order. Never throws: a file that cannot be read becomes an error, so that every problem in
 * every file is reported in one run.
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
  const list = (relativeDir: string, kind: "file" | "folder", hint: string): string[] => {
    try {
      return entryNames(rootDir, relativeDir, kind);
    } catch (cause) {
      errors.push({ file: relativeDir, field: "folder", message: `cannot be read (${describeFsError(cause)}) — ${hint}` });
      return [];
    }
  };

  read(POLICY_METADATA_FILE);
  read(CONTACT_PAGE_FILE);
  read(ANCHOR_LOCK_FILE);
  read(VERSION_LOCK_FILE);
  const readVersions = (versionsDir: string) => {
    for (const version of list(versionsDir, "folder", "restore the folder with one folder per version of the policy")) {
      const dir = `${versionsDir}/${version}`;
      read(`${dir}/${VERSION_FILE}`);
      for (const name of list(`${dir}/${SECTIONS_FOLDER}`, "file", "restore the folder with one Markdown file per section")) {
        read(`${dir}/${SECTIONS_FOLDER}/${name}`);
      }
    }
  };
  readVersions(VERSIONS_DIR);
  // Translations are optional: no folder, no translation.
  if (fs.existsSync(path.join(rootDir, TRANSLATIONS_DIR))) {
    for (const language of list(TRANSLATIONS_DIR, "folder", "restore it")) {
      const dir = `${TRANSLATIONS_DIR}/${language}`;
      for (const name of ["policy.yaml", "contact.md"]) if (fs.existsSync(path.join(rootDir, dir, name))) read(`${dir}/${name}`);
      if (fs.existsSync(path.join(rootDir, dir, "versions"))) readVersions(`${dir}/versions`);
    }
  }

  return { files, errors };
}

/**
 * Every version's PDF under `rootDir`, English and translated (content/…/versions/DATE/policy.pdf), hashed from
 * its bytes: the version lock records the hash, the pages show the size.
 */
export function readPdfFiles(rootDir: string): PdfFile[] {
  const dirs = [VERSIONS_DIR, ...listFolders(rootDir, TRANSLATIONS_DIR).map((language) => `${TRANSLATIONS_DIR}/${language}/versions`)];
  return dirs.flatMap((versionsDir) =>
    listFolders(rootDir, versionsDir).flatMap((version) => {
      const relativePath = `${versionsDir}/${version}/${PDF_FILE}`;
      const file = path.join(rootDir, relativePath);
      if (!fs.existsSync(file)) return [];
      const bytes = fs.readFileSync(file);
      return [{ path: relativePath, size: bytes.length, sha256: fileHash(bytes) }];
    }),
  );
}

/** The absolute path of a content file, for the build to copy a PDF into the site's public files. */
export const contentFilePath = (rootDir: string, relativePath: string) => path.join(rootDir, relativePath);

/** The names of the files or folders in a folder, hidden ones left out, in name order; throws when it cannot be read. */
function entryNames(rootDir: string, relativeDir: string, kind: "file" | "folder"): string[] {
  return fs
    .readdirSync(path.join(rootDir, relativeDir), { withFileTypes: true })
    .filter((entry) => (kind === "file" ? entry.isFile() : entry.isDirectory()) && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}

/** The folders in a folder that may not exist (no translations, no versions yet): none then. */
const listFolders = (rootDir: string, relativeDir: string) => (fs.existsSync(path.join(rootDir, relativeDir)) ? entryNames(rootDir, relativeDir, "folder") : []);

/** Writes content files back (content:anchors, content:new-version, content:publish); paths as readContentFiles gives them. */
export function writeContentFile(rootDir: string, file: ContentFile): void {
  fs.mkdirSync(path.dirname(path.join(rootDir, file.path)), { recursive: true });
  fs.writeFileSync(path.join(rootDir, file.path), file.text);
}

/** Writes a version's PDF (content:publish, content:pdf); `relativePath` as readPdfFiles gives it. */
export function writeContentBytes(rootDir: string, relativePath: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(path.join(rootDir, relativePath)), { recursive: true });
  fs.writeFileSync(path.join(rootDir, relativePath), bytes);
}

/** Removes a content file a command wrote, when it takes its work back (content:publish). */
export function removeContentFile(rootDir: string, relativePath: string): void {
  fs.rmSync(path.join(rootDir, relativePath), { force: true });
}

/** app/icon.svg as a data: URI, so generated images draw the same mark as the favicon from a single source. */
export function readSiteIconDataUri(rootDir: string): string {
  return `data:image/svg+xml;base64,${fs.readFileSync(path.join(rootDir, SITE_ICON_FILE)).toString("base64")}`;
}

function describeFsError(cause: unknown): string {
  if (cause instanceof Error && "code" in cause && cause.code === "ENOENT") return "it does not exist";
  return cause instanceof Error ? cause.message : String(cause);
}
