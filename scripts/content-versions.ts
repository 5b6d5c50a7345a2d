// What the content commands (content:new-version, content:publish, content:anchors) share.
import { z } from "zod";
import { clauseCandidates } from "../lib/policy/clause-id";
import { childFolders, type ContentFile, POLICY_METADATA_FILE, SECTIONS_FOLDER, versionDir, VERSIONS_DIR } from "../lib/policy/files";
import { parseMarkdown } from "../lib/policy/markdown";
import { parseJsonFile, parseYamlFile, splitMarkdownFile } from "../lib/policy/parse-files";
import { policySettingsSchema, sectionFrontmatterSchema, type VersionLock } from "../lib/policy/schema";

/** The summary content:new-version writes; content:publish refuses a version that still has it. */
export const DRAFT_SUMMARY = "DRAFT: say in a sentence or two what changed.";

/** A JSON file of the content, parsed with its schema; undefined when it is missing, exits when it is invalid. */
export function readJson<Schema extends z.ZodType>(files: readonly ContentFile[], path: string, schema: Schema): z.infer<Schema> | undefined {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) return undefined;
  const parsed = parseJsonFile(file, path, schema, "", []);
  if (parsed === null) {
    console.error(`${path} is invalid; fix it first (npm run content:check says how).`);
    process.exit(1);
  }
  return parsed;
}

/** The effective date of the newest published version in the lock; undefined when none is. */
export function newestPublished(lock: VersionLock): string | undefined {
  return Object.keys(lock).sort().at(-1);
}

/** The section files of one version. */
export function sectionFilesOf(files: readonly ContentFile[], effective: string): ContentFile[] {
  const prefix = `${versionDir(effective)}/${SECTIONS_FOLDER}/`;
  return files.filter((file) => file.path.startsWith(prefix) && file.path.endsWith(".md"));
}

/** A section file's id (exits when it is invalid: its clauses cannot be named), its body and parsed tree. */
export function readSectionFile(file: ContentFile) {
  const { data, body } = splitMarkdownFile(file.text);
  const id = sectionFrontmatterSchema.shape.id.safeParse(typeof data === "object" && data !== null && "id" in data ? data.id : undefined);
  if (!id.success) {
    console.error(`${file.path}: id is invalid, so its clauses cannot be named; fix it first (npm run content:check says how).`);
    process.exit(1);
  }
  return { id: id.data, body, tree: parseMarkdown(body, file.path) };
}

/** Every anchor of one version: its section ids and clause ids. */
export function versionAnchors(files: readonly ContentFile[], effective: string): string[] {
  return sectionFilesOf(files, effective).flatMap((file) => {
    const { id, tree } = readSectionFile(file);
    return [id, ...clauseCandidates(tree).flatMap((clause) => (clause.id ? [clause.id] : []))];
  });
}

/** The policy's time zone (content/policy.yaml), in which "today" is a date; exits when it is invalid. */
export function policyTimeZone(files: readonly ContentFile[]): string {
  const file = files.find((candidate) => candidate.path === POLICY_METADATA_FILE);
  // Only the time zone is read: content:check reports the file's other fields.
  const settings = file ? parseYamlFile(file, z.object({ timeZone: policySettingsSchema.shape.timeZone }), []) : null;
  if (!settings) {
    console.error(`${POLICY_METADATA_FILE}: timeZone is invalid; fix it first (npm run content:check says how).`);
    process.exit(1);
  }
  return settings.timeZone;
}

/** The names (effective dates) of the version folders, published or draft, oldest first. */
export function versionFolderNames(files: readonly ContentFile[]): string[] {
  return childFolders(VERSIONS_DIR, files).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
}
