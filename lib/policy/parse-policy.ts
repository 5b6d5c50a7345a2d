import matter from "gray-matter";
import yaml from "js-yaml";
import type { Root } from "mdast";
import path from "node:path";
import type { z } from "zod";
import { checkAnchorLock } from "./anchor-lock";
import { type Clause, CLAUSE_ID, clauseCandidates, clauseMarker, strayMarkerCount } from "./clause-id";
import { checkEmbeddedContent, linkUrls } from "./check-embedded-content";
import { checkLink } from "./check-link";
import type { ContentError } from "./errors";
import {
  ANCHOR_LOCK_FILE,
  CONTACT_PAGE_FILE,
  type ContentFile,
  POLICY_METADATA_FILE,
  SECTIONS_FOLDER,
  VERSION_FILE,
  VERSION_LOCK_FILE,
  versionDir,
  VERSIONS_DIR,
} from "./files";
import { parseMarkdown } from "./markdown";
import {
  type AnchorLock,
  anchorLockSchema,
  type ContactPageFrontmatter,
  contactPageFrontmatterSchema,
  effectiveDateSchema,
  type PolicyMetadata,
  type PolicySettings,
  policySettingsSchema,
  type SectionFrontmatter,
  sectionFrontmatterSchema,
  siteUrlSchema,
  type VersionFrontmatter,
  versionFrontmatterSchema,
  versionLockSchema,
} from "./schema";
import { checkVersionLock } from "./version-lock";

/** One numbered section: its frontmatter, its parsed Markdown (clause markers already moved into the tree), its clauses. */
export type Section = SectionFrontmatter & {
  file: string;
  tree: Root;
  clauses: Clause[];
};
export type ContactPage = ContactPageFrontmatter & { file: string; tree: Root };

/** A version's own facts: when it takes effect, what changed, and whether it is published yet. */
export type PolicyVersion = VersionFrontmatter & {
  /** YYYY-MM-DD, a calendar date in the policy's time zone: the name of its folder. */
  effective: string;
  /** The date it was announced (content/versions.lock.json); null for a draft. */
  announced: string | null;
  status: "published" | "draft";
  /** Its version.yaml. */
  file: string;
};

/**
 * One version of the policy, validated: the one model every output is derived from. A value, so that every
 * version (and, later, every language) is one more instance side by side.
 */
export type Policy = {
  metadata: PolicyMetadata;
  version: PolicyVersion;
  sections: Section[];
  contact: ContactPage;
  anchorLock: AnchorLock;
  /**
   * This version's anchors → the retired anchors that lead to them (from the lock's aliases), for the anchors
   * that keep old links landing. Only aliases this version needs: none for an anchor it still has.
   */
  retiredAnchors: ReadonlyMap<string, readonly string[]>;
};

/** Everything content/ holds: every published version, oldest first, and the drafts being written. */
export type PolicyContent = {
  settings: PolicySettings;
  versions: Policy[];
  drafts: Policy[];
};

export type ParseContentOptions = {
  /** The SITE_URL environment variable, which overrides the site URL in content/policy.yaml. */
  siteUrlOverride?: string | undefined;
};

/** Frontmatter and policy.yaml are read with YAML's core schema: dates stay text, so zod sees what was written. */
const parseYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });
/** gray-matter wants an object; a frontmatter that is a bare value then fails the schema as missing fields. */
const parseFrontmatterYaml = (text: string): object => {
  const value = parseYaml(text);
  return typeof value === "object" && value !== null ? value : {};
};

/** A version folder as far as it could be read. */
type VersionCandidate = {
  effective: string;
  frontmatter: VersionFrontmatter | null;
  sections: Section[];
  anchors: Set<string>;
};

/**
 * Validates all content files together. Never throws: every problem of every file is collected, and the content is
 * returned only when there is none, so a broken or partial policy can never be rendered. Nothing here depends on
 * today's date: which version is in effect is decided by the site (timeline.ts), never by the check.
 */
export function parseContent(
  files: readonly ContentFile[],
  options: ParseContentOptions = {},
): { data: PolicyContent | null; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));

  const settings = parsePolicySettings(byPath.get(POLICY_METADATA_FILE), options, errors);
  const contact = parseContactPage(byPath.get(CONTACT_PAGE_FILE), errors);
  const anchorLock = parseJsonFile(byPath.get(ANCHOR_LOCK_FILE), ANCHOR_LOCK_FILE, anchorLockSchema, "run npm run content:anchors to record the published anchors", errors);
  const versionLock = parseJsonFile(byPath.get(VERSION_LOCK_FILE), VERSION_LOCK_FILE, versionLockSchema, "restore it from git: it records the published versions", errors);

  const folders = versionFolders(files, errors);
  const candidates = [...folders].sort().map((effective) => parseVersion(effective, files, errors));
  if (versionLock) errors.push(...checkVersionLock(versionLock, files, folders));

  const published = candidates.filter((candidate) => versionLock && Object.hasOwn(versionLock, candidate.effective));
  const newest = published.at(-1);
  for (const draft of candidates.filter((candidate) => !published.includes(candidate))) {
    if (newest && draft.effective <= newest.effective) {
      errors.push({
        file: versionDir(draft.effective),
        field: "folder name",
        message: `the draft takes effect on ${draft.effective}, not after the newest published version (${newest.effective}) — versions take effect one after the other: rename the folder to a later date`,
      });
    }
  }
  if (versionLock && folders.size > 0 && !newest) {
    errors.push({ file: VERSION_LOCK_FILE, field: "versions", message: "records no published version — publish one: npm run content:publish -- YYYY-MM-DD" });
  }
  // A lock check against a partial policy would report anchors as lost that are only unreadable.
  if (anchorLock && newest && errors.length === 0) {
    const everPublished = new Set(published.flatMap((candidate) => [...candidate.anchors]));
    errors.push(...checkAnchorLock({ newest: newest.anchors, newestDate: newest.effective, everPublished }, anchorLock));
  }
  if (contact && newest) checkLinks(contact, newest.sections, errors);

  if (errors.length > 0 || !settings || !contact || !anchorLock || !versionLock) return { data: null, errors };
  const toPolicy = (candidate: VersionCandidate): Policy[] => {
    if (!candidate.frontmatter) return [];
    const lockEntry = versionLock[candidate.effective];
    const version: PolicyVersion = {
      ...candidate.frontmatter,
      effective: candidate.effective,
      announced: lockEntry?.announced ?? null,
      status: lockEntry ? "published" : "draft",
      file: `${versionDir(candidate.effective)}/${VERSION_FILE}`,
    };
    return [{
      metadata: { ...settings, updated: candidate.frontmatter.updated },
      version,
      sections: candidate.sections,
      contact,
      anchorLock,
      retiredAnchors: retiredAnchorsByTarget(anchorLock, candidate.anchors),
    }];
  };
  return {
    data: {
      settings,
      versions: published.flatMap(toPolicy),
      drafts: candidates.filter((candidate) => !published.includes(candidate)).flatMap(toPolicy),
    },
    errors,
  };
}

/** The version folders under content/versions, each named after its effective date. */
function versionFolders(files: readonly ContentFile[], errors: ContentError[]): Set<string> {
  const folders = new Set<string>();
  const refused = new Set<string>();
  for (const file of files) {
    if (!file.path.startsWith(`${VERSIONS_DIR}/`)) continue;
    const name = file.path.slice(VERSIONS_DIR.length + 1).split("/")[0] ?? "";
    if (effectiveDateSchema.safeParse(name).success) folders.add(name);
    else if (!refused.has(name)) {
      refused.add(name);
      errors.push({
        file: `${VERSIONS_DIR}/${name}`,
        field: "folder name",
        message: `"${name}" is not a date — name each version's folder after its effective date, YYYY-MM-DD, e.g. ${VERSIONS_DIR}/2026-11-26`,
      });
    }
  }
  if (folders.size === 0 && refused.size === 0) {
    errors.push({ file: VERSIONS_DIR, field: "folder", message: "holds no version — restore the published versions from git" });
  }
  return folders;
}

/** One version folder: its version.yaml, its sections, their anchors and links. */
function parseVersion(effective: string, files: readonly ContentFile[], errors: ContentError[]): VersionCandidate {
  const dir = versionDir(effective);
  const sectionsDir = `${dir}/${SECTIONS_FOLDER}`;
  const versionFile = files.find((file) => file.path === `${dir}/${VERSION_FILE}`);
  let frontmatter: VersionFrontmatter | null = null;
  if (!versionFile) {
    errors.push({ file: `${dir}/${VERSION_FILE}`, field: "file", message: "is missing — add it with updated, summary and significant" });
  } else {
    frontmatter = parseYamlFile(versionFile, versionFrontmatterSchema, errors);
  }
  const candidates = files
    .filter((file) => file.path.startsWith(`${sectionsDir}/`))
    .map((file) => parseSection(file, sectionsDir, errors));
  const sections = candidates
    .map((candidate) => candidate.section)
    .filter((section) => section !== null)
    .sort((a, b) => a.number - b.number);
  if (candidates.length === 0) {
    errors.push({ file: sectionsDir, field: "folder", message: "holds no section — add one Markdown file per section, NN-id.md" });
  }
  checkSectionSet(candidates, sectionsDir, errors);
  if (frontmatter) checkVersionDates(effective, frontmatter, versionFile?.path ?? dir, sections, errors);
  const anchors = collectAnchors(sections, errors);
  for (const section of sections) checkLinks(section, sections, errors);
  return { effective, frontmatter, sections, anchors };
}

/** Every link of a page must lead to a page or anchor of the site (the anchors of the given version). */
function checkLinks(page: Section | ContactPage, sections: readonly Section[], errors: ContentError[]): void {
  const targets = {
    sectionIds: new Set(sections.map((section) => section.id)),
    clauseIdsBySection: new Map(sections.map((section) => [section.id, new Set(section.clauses.map((clause) => clause.id))])),
  };
  for (const url of linkUrls(page.tree)) {
    const problem = checkLink(url, targets);
    if (problem) errors.push({ file: page.file, field: "body", message: problem });
  }
}

/**
 * Retired anchor → current anchor, inverted for one version: its anchor → the retired ones that lead to it. An alias
 * whose old anchor this version still has, or whose target it lacks (an older version), does not apply to it.
 */
function retiredAnchorsByTarget({ aliases }: AnchorLock, anchors: ReadonlySet<string>): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [from, to] of Object.entries(aliases)) {
    if (!anchors.has(from) && anchors.has(to)) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  }
  return byTarget;
}

function parsePolicySettings(
  file: ContentFile | undefined,
  options: ParseContentOptions,
  errors: ContentError[],
): PolicySettings | null {
  if (!file) {
    errors.push({ file: POLICY_METADATA_FILE, field: "file", message: "is missing — restore it with title, organization, contactEmail, siteUrl and timeZone" });
    return null;
  }
  const metadata = parseYamlFile(file, policySettingsSchema, errors);
  if (!metadata || options.siteUrlOverride === undefined || options.siteUrlOverride === "") return metadata;
  const override = siteUrlSchema.safeParse(options.siteUrlOverride);
  if (!override.success) {
    for (const issue of override.error.issues) errors.push({ file: "environment", field: "SITE_URL", message: issue.message });
    return null;
  }
  return { ...metadata, siteUrl: override.data };
}

function parseContactPage(file: ContentFile | undefined, errors: ContentError[]): ContactPage | null {
  if (!file) {
    errors.push({ file: CONTACT_PAGE_FILE, field: "file", message: "is missing — restore the contact page text" });
    return null;
  }
  const parsed = parseMarkdownFile(file, errors);
  if (!parsed) return null;
  checkEmbedded(file.path, parsed.tree, errors);
  const frontmatter = validate(contactPageFrontmatterSchema, parsed.data, file.path, errors);
  return frontmatter && { ...frontmatter, file: file.path, tree: parsed.tree };
}

/**
 * A section file as far as it could be read. `id` and `number` are kept when they are valid on their own, even if
 * another field is not, so that duplicates and gaps are reported in the same run as the file's own problems.
 */
type SectionCandidate = { file: string; id?: string; number?: number; section: Section | null };

function parseSection(file: ContentFile, sectionsDir: string, errors: ContentError[]): SectionCandidate {
  const fileName = path.posix.basename(file.path);
  if (!fileName.endsWith(".md")) {
    errors.push({ file: file.path, field: "file name", message: `is not a Markdown file — sections are NN-id.md files; move other files out of ${sectionsDir}` });
    return { file: file.path, section: null };
  }
  const parsed = parseMarkdownFile(file, errors);
  if (!parsed) return { file: file.path, section: null };
  checkEmbedded(file.path, parsed.tree, errors);
  const fields = parsed.data !== null && typeof parsed.data === "object" ? new Map(Object.entries(parsed.data)) : new Map<string, unknown>();
  const { shape } = sectionFrontmatterSchema;
  const candidate: SectionCandidate = {
    file: file.path,
    id: shape.id.safeParse(fields.get("id")).data,
    number: shape.number.safeParse(fields.get("number")).data,
    section: null,
  };
  const frontmatter = validate(sectionFrontmatterSchema, parsed.data, file.path, errors);
  if (!frontmatter || parsed.empty) return candidate;
  const expectedName = `${String(frontmatter.number).padStart(2, "0")}-${frontmatter.id}.md`;
  if (fileName !== expectedName) {
    errors.push({
      file: file.path,
      field: "file name",
      message: `does not match number ${frontmatter.number} and id "${frontmatter.id}" — rename the file to ${expectedName}`,
    });
  }
  const clauses = parseClauses(frontmatter.id, parsed.tree, file.path, errors);
  return { ...candidate, section: clauses && { ...frontmatter, file: file.path, tree: parsed.tree, clauses } };
}

/** Raw HTML and images from other sites are refused in any file, also one with other problems: one run lists all. */
function checkEmbedded(file: string, tree: Root, errors: ContentError[]): void {
  for (const message of checkEmbeddedContent(tree)) errors.push({ file, field: "body", message });
}

/** The section's clauses, each with a well-formed id of its own section; null (with errors) otherwise. */
function parseClauses(sectionId: string, tree: Root, file: string, errors: ContentError[]): Clause[] | null {
  const clauses = clauseCandidates(tree);
  const before = errors.length;
  const withoutId = clauses.filter((clause) => clause.id === null);
  if (withoutId.length > 0) {
    const examples = withoutId.slice(0, 2).map((clause) => JSON.stringify(clause.text.slice(0, 40)));
    errors.push({
      file,
      field: "body",
      message: `${withoutId.length} clause${withoutId.length === 1 ? " has" : "s have"} no id (${examples.join(", ")}${withoutId.length > 2 ? ", …" : ""}) — run npm run content:anchors to add ids`,
    });
  }
  for (const { id } of clauses) {
    if (id === null) continue;
    if (!CLAUSE_ID.test(id) || !id.startsWith(`${sectionId}--`)) {
      errors.push({ file, field: "body", message: `clause id "${clauseMarker(id)}" is not of the form ${sectionId}--words — write it as ${clauseMarker(`${sectionId}--${id.split("--").at(-1) || "words"}`)} in lowercase-kebab` });
    }
  }
  if (strayMarkerCount(tree) > 0) {
    errors.push({ file, field: "body", message: "has a {#…} marker that is not at the end of a paragraph or list item — move it to the end of the clause it names" });
  }
  if (errors.length > before) return null;
  return clauses.flatMap(({ kind, id }) => (id === null ? [] : [{ kind, id }]));
}

/** Every anchor of /privacy (section and clause ids); ids must be unique across the whole page. */
function collectAnchors(sections: readonly Section[], errors: ContentError[]): Set<string> {
  const fileByAnchor = new Map<string, string>();
  for (const section of sections) {
    for (const id of [section.id, ...section.clauses.map((clause) => clause.id)]) {
      const other = fileByAnchor.get(id);
      if (other && id !== section.id) errors.push({ file: section.file, field: "body", message: `clause id "${id}" is already used in ${other} — give each clause its own id` });
      fileByAnchor.set(id, section.file);
    }
  }
  return new Set(fileByAnchor.keys());
}

function parseJsonFile<Schema extends z.ZodType>(
  file: ContentFile | undefined,
  path: string,
  schema: Schema,
  whenMissing: string,
  errors: ContentError[],
): z.infer<Schema> | null {
  if (!file) {
    errors.push({ file: path, field: "file", message: `is missing — ${whenMissing}` });
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (cause) {
    errors.push({ file: file.path, field: "json", message: `is not valid JSON (${cause instanceof Error ? cause.message : String(cause)}) — fix the syntax` });
    return null;
  }
  return validate(schema, raw, file.path, errors);
}

function parseYamlFile<Schema extends z.ZodType>(file: ContentFile, schema: Schema, errors: ContentError[]): z.infer<Schema> | null {
  let raw: unknown;
  try {
    raw = parseYaml(file.text);
  } catch (cause) {
    errors.push({ file: file.path, field: "yaml", message: describeYamlError(cause) });
    return null;
  }
  return validate(schema, raw ?? {}, file.path, errors);
}

/**
 * A Markdown file's frontmatter and body: the one gray-matter setup (YAML's core schema, see parseYaml). Throws
 * on invalid YAML; parseMarkdownFile turns that into an error for the editor.
 */
export function splitMarkdownFile(text: string): { data: unknown; body: string } {
  // A fresh options object bypasses gray-matter's cache, which would otherwise hide a fixed file's new text.
  const parsed = matter(text, { engines: { yaml: parseFrontmatterYaml } });
  return { data: parsed.data, body: parsed.content };
}

function parseMarkdownFile(file: ContentFile, errors: ContentError[]): { data: unknown; tree: Root; empty: boolean } | null {
  let parsed: { data: unknown; body: string };
  try {
    parsed = splitMarkdownFile(file.text);
  } catch (cause) {
    errors.push({ file: file.path, field: "frontmatter", message: describeYamlError(cause) });
    return null;
  }
  if (!file.text.trimStart().startsWith("---")) {
    errors.push({ file: file.path, field: "frontmatter", message: "is missing — start the file with a --- block holding the fields, then the text" });
    return null;
  }
  const markdown = parsed.body.trim();
  if (markdown === "") {
    errors.push({ file: file.path, field: "body", message: "is empty — write the text below the frontmatter" });
  }
  return { data: parsed.data, tree: parseMarkdown(`${markdown}\n`, file.path), empty: markdown === "" };
}

function validate<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  file: string,
  errors: ContentError[],
): z.infer<Schema> | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({ file, field: key, message: `is not a known field — remove it, or fix its spelling (fields: ${fieldNames(schema).join(", ")})` });
      }
    } else if (issue.path.length === 0 && issue.code === "invalid_type") {
      errors.push({ file, field: "frontmatter", message: `is not a list of fields — write one "name: value" per line (fields: ${fieldNames(schema).join(", ")})` });
    } else {
      errors.push({ file, field: issue.path.join(".") || "frontmatter", message: issue.message });
    }
  }
  return null;
}

function fieldNames(schema: z.ZodType): string[] {
  return "shape" in schema && typeof schema.shape === "object" && schema.shape !== null ? Object.keys(schema.shape) : [];
}

function describeYamlError(cause: unknown): string {
  if (cause instanceof yaml.YAMLException) {
    // gray-matter hands over the frontmatter with the newline after "---", so YAML lines are file lines.
    const line = cause.mark ? ` at line ${cause.mark.line + 1}` : "";
    return `is not valid YAML${line} (${cause.reason}) — fix the syntax; quote values that contain ": " or start with a special character`;
  }
  return `cannot be parsed (${cause instanceof Error ? cause.message : String(cause)}) — fix the syntax`;
}

function checkSectionSet(candidates: readonly SectionCandidate[], sectionsDir: string, errors: ContentError[]): void {
  const fileById = new Map<string, string>();
  const fileByNumber = new Map<number, string>();
  for (const { file, id, number } of candidates) {
    if (id !== undefined) {
      const other = fileById.get(id);
      if (other) errors.push({ file, field: "id", message: `"${id}" is already the id of ${other} — give each section its own id` });
      else fileById.set(id, file);
    }
    if (number !== undefined) {
      const other = fileByNumber.get(number);
      if (other) errors.push({ file, field: "number", message: `${number} is already the number of ${other} — number the sections 1 to ${candidates.length}, each once` });
      else fileByNumber.set(number, file);
    }
  }
  // A file whose number is unreadable may be the missing one: its own error says so, a gap report would mislead.
  if (candidates.some((candidate) => candidate.number === undefined)) return;
  // n files are numbered 1..n: any number missing in that range is a gap (a number above n then has its own twin).
  for (let number = 1; number <= candidates.length; number += 1) {
    if (!fileByNumber.has(number)) {
      errors.push({ file: sectionsDir, field: "number", message: `no section has number ${number} — add ${sectionsDir}/${String(number).padStart(2, "0")}-ID.md, or renumber the sections 1 to ${candidates.length}` });
    }
  }
}

/**
 * A version's "Last updated" is at least the date of its newest section, and no later than the day it takes effect:
 * a published text is frozen. Checked against the version's own dates only, never today's.
 */
function checkVersionDates(
  effective: string,
  version: VersionFrontmatter,
  versionFile: string,
  sections: readonly Section[],
  errors: ContentError[],
): void {
  if (version.updated > effective) {
    errors.push({ file: versionFile, field: "updated", message: `${version.updated} is after the version's effective date ${effective} — the text of a version is final when it takes effect; use the date of its last change` });
  }
  const newest = sections.reduce<Section | undefined>((a, b) => (a && a.updated >= b.updated ? a : b), undefined);
  if (newest && newest.updated > version.updated) {
    errors.push({
      file: versionFile,
      field: "updated",
      message: `${version.updated} is older than ${newest.file} (updated ${newest.updated}) — set it to ${newest.updated} or later`,
    });
  }
}
