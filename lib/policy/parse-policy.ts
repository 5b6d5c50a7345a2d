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
import { ANCHOR_LOCK_FILE, CONTACT_PAGE_FILE, type ContentFile, POLICY_METADATA_FILE, SECTIONS_DIR } from "./files";
import { parseMarkdown } from "./markdown";
import {
  type AnchorLock,
  anchorLockSchema,
  type ContactPageFrontmatter,
  contactPageFrontmatterSchema,
  type PolicyMetadata,
  policyMetadataSchema,
  type SectionFrontmatter,
  sectionFrontmatterSchema,
  siteUrlSchema,
} from "./schema";

/** One numbered section: its frontmatter, its parsed Markdown (clause markers already moved into the tree), its clauses. */
export type Section = SectionFrontmatter & {
  file: string;
  tree: Root;
  clauses: Clause[];
};
export type ContactPage = ContactPageFrontmatter & { file: string; tree: Root };

/** The validated policy: the one model every output is derived from. A value, so several can exist side by side. */
export type Policy = {
  metadata: PolicyMetadata;
  sections: Section[];
  contact: ContactPage;
  anchorLock: AnchorLock;
  /** Current anchor → its retired anchors (from the lock's aliases), for the anchors that keep old links landing. */
  retiredAnchors: ReadonlyMap<string, readonly string[]>;
};

export type ParsePolicyOptions = {
  /** Today's date (YYYY-MM-DD, UTC): no content date may be later. */
  today: string;
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

/**
 * Validates all content files together. Never throws: every problem of every file is collected, and the
 * policy is returned only when there is none, so a broken or partial policy can never be rendered.
 */
export function parsePolicy(
  files: readonly ContentFile[],
  options: ParsePolicyOptions,
): { data: Policy | null; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));

  const metadata = parsePolicyMetadata(byPath.get(POLICY_METADATA_FILE), options, errors);
  const contact = parseContactPage(byPath.get(CONTACT_PAGE_FILE), errors);
  const candidates = files
    .filter((file) => file.path.startsWith(`${SECTIONS_DIR}/`))
    .map((file) => parseSection(file, errors));
  const sections = candidates
    .map((candidate) => candidate.section)
    .filter((section) => section !== null)
    .sort((a, b) => a.number - b.number);

  checkSectionSet(candidates, errors);
  checkDates(metadata, contact, sections, options.today, errors);
  const anchors = collectAnchors(sections, errors);
  const anchorLock = parseAnchorLock(byPath.get(ANCHOR_LOCK_FILE), errors);
  // A lock check against a partial policy would report anchors as lost that are only unreadable.
  if (anchorLock && errors.length === 0) errors.push(...checkAnchorLock(anchors, anchorLock));
  const targets = {
    sectionIds: new Set(sections.map((section) => section.id)),
    clauseIdsBySection: new Map(sections.map((section) => [section.id, new Set(section.clauses.map((clause) => clause.id))])),
  };
  for (const page of [...sections, ...(contact ? [contact] : [])]) {
    for (const url of linkUrls(page.tree)) {
      const problem = checkLink(url, targets);
      if (problem) errors.push({ file: page.file, field: "body", message: problem });
    }
  }

  if (errors.length > 0 || !metadata || !contact || !anchorLock) return { data: null, errors };
  return { data: { metadata, sections, contact, anchorLock, retiredAnchors: retiredAnchorsByTarget(anchorLock) }, errors };
}

/** Retired anchor → current anchor, inverted: current anchor → its retired ones. */
function retiredAnchorsByTarget({ aliases }: AnchorLock): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [from, to] of Object.entries(aliases)) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  return byTarget;
}

function parsePolicyMetadata(
  file: ContentFile | undefined,
  options: ParsePolicyOptions,
  errors: ContentError[],
): PolicyMetadata | null {
  if (!file) {
    errors.push({ file: POLICY_METADATA_FILE, field: "file", message: "is missing — restore it with title, organization, contactEmail, updated and siteUrl" });
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYaml(file.text);
  } catch (cause) {
    errors.push({ file: file.path, field: "yaml", message: describeYamlError(cause) });
    return null;
  }
  const metadata = validate(policyMetadataSchema, raw ?? {}, file.path, errors);
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

function parseSection(file: ContentFile, errors: ContentError[]): SectionCandidate {
  const fileName = path.posix.basename(file.path);
  if (!fileName.endsWith(".md")) {
    errors.push({ file: file.path, field: "file name", message: "is not a Markdown file — sections are NN-id.md files; move other files out of content/sections" });
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

function parseAnchorLock(file: ContentFile | undefined, errors: ContentError[]): AnchorLock | null {
  if (!file) {
    errors.push({ file: ANCHOR_LOCK_FILE, field: "file", message: "is missing — run npm run content:anchors to record the published anchors" });
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (cause) {
    errors.push({ file: file.path, field: "json", message: `is not valid JSON (${cause instanceof Error ? cause.message : String(cause)}) — fix the syntax` });
    return null;
  }
  return validate(anchorLockSchema, raw, file.path, errors);
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

function checkSectionSet(candidates: readonly SectionCandidate[], errors: ContentError[]): void {
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
      errors.push({ file: SECTIONS_DIR, field: "number", message: `no section has number ${number} — add ${SECTIONS_DIR}/${String(number).padStart(2, "0")}-ID.md, or renumber the sections 1 to ${candidates.length}` });
    }
  }
}

function checkDates(
  metadata: PolicyMetadata | null,
  contact: ContactPage | null,
  sections: readonly Section[],
  today: string,
  errors: ContentError[],
): void {
  const dated = [
    ...(metadata ? [{ file: POLICY_METADATA_FILE, updated: metadata.updated }] : []),
    ...(contact ? [contact] : []),
    ...sections,
  ];
  for (const { file, updated } of dated) {
    if (updated > today) {
      errors.push({ file, field: "updated", message: `${updated} is in the future (today is ${today}) — use the date the change was made` });
    }
  }
  const newest = sections.reduce<Section | undefined>((a, b) => (a && a.updated >= b.updated ? a : b), undefined);
  if (metadata && newest && newest.updated > metadata.updated) {
    errors.push({
      file: POLICY_METADATA_FILE,
      field: "updated",
      message: `${metadata.updated} is older than ${newest.file} (updated ${newest.updated}) — set it to ${newest.updated} or later`,
    });
  }
}
