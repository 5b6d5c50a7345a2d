import matter from "gray-matter";
import yaml from "js-yaml";
import type { Root } from "mdast";
import path from "node:path";
import type { z } from "zod";
import { type Clause, CLAUSE_ID, clauseCandidates, clauseMarker, strayMarkerCount } from "./clause-id";
import { checkEmbeddedContent, linkUrls } from "./check-embedded-content";
import { checkLink } from "./check-link";
import type { ContentError } from "./errors";
import { CONTACT_PAGE_FILE, type ContentFile } from "./files";
import { parseMarkdown } from "./markdown";
import { fileHash } from "./version-lock";
import { type ContactPageFrontmatter, contactPageFrontmatterSchema, type SectionFrontmatter, sectionFrontmatterSchema } from "./schema";

// Reading one content file of any kind (YAML, JSON, Markdown with frontmatter) into validated values, with every
// problem as an error for the editor. parse-policy.ts puts the files of the English versions together with these,
// translations.ts those of each translation.

/** One numbered section: its frontmatter, its parsed Markdown (clause markers already moved into the tree), its clauses. */
export type Section = SectionFrontmatter & {
  file: string;
  tree: Root;
  clauses: Clause[];
  /** The SHA-256 of its file: what a translation of it records in `translates`. */
  hash: string;
  /** In a translation: the SHA-256 of the English section file it translates. */
  translates?: string;
};
export type ContactPage = ContactPageFrontmatter & { file: string; tree: Root; translates?: string };

/** The frontmatter schemas a file may be read with: the English one, or a translation's, which adds `translates`. */
type SectionSchema = z.ZodType<SectionFrontmatter & { translates?: string }>;
type ContactSchema = z.ZodType<ContactPageFrontmatter & { translates?: string }>;

/** Frontmatter and policy.yaml are read with YAML's core schema: dates stay text, so zod sees what was written. */
const parseYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });
/** gray-matter wants an object; a frontmatter that is a bare value then fails the schema as missing fields. */
const parseFrontmatterYaml = (text: string): object => {
  const value = parseYaml(text);
  return typeof value === "object" && value !== null ? value : {};
};


/** Every link of a page must lead to a page or anchor of the site (the anchors of the given version). */
export function checkLinks(page: Section | ContactPage, sections: readonly Section[], errors: ContentError[]): void {
  const targets = {
    sectionIds: new Set(sections.map((section) => section.id)),
    clauseIdsBySection: new Map(sections.map((section) => [section.id, new Set(section.clauses.map((clause) => clause.id))])),
  };
  for (const url of linkUrls(page.tree)) {
    const problem = checkLink(url, targets);
    if (problem) errors.push({ file: page.file, field: "body", message: problem });
  }
}


export function parseContactPage(file: ContentFile | undefined, errors: ContentError[], schema: ContactSchema = contactPageFrontmatterSchema): ContactPage | null {
  if (!file) {
    errors.push({ file: CONTACT_PAGE_FILE, field: "file", message: "is missing — restore the contact page text" });
    return null;
  }
  const parsed = parseMarkdownFile(file, errors);
  if (!parsed) return null;
  checkEmbedded(file.path, parsed.tree, errors);
  const frontmatter = validate(schema, parsed.data, file.path, errors);
  return frontmatter && { ...frontmatter, file: file.path, tree: parsed.tree };
}

/**
 * A section file as far as it could be read. `id` and `number` are kept when they are valid on their own, even if
 * another field is not, so that duplicates and gaps are reported in the same run as the file's own problems.
 */
type SectionCandidate = { file: string; id?: string; number?: number; section: Section | null };

function parseSection(
  file: ContentFile,
  sectionsDir: string,
  errors: ContentError[],
  schema: SectionSchema = sectionFrontmatterSchema,
): SectionCandidate {
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
  const frontmatter = validate(schema, parsed.data, file.path, errors);
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
  return { ...candidate, section: clauses && { ...frontmatter, file: file.path, tree: parsed.tree, clauses, hash: fileHash(file.text) } };
}

/**
 * Every file of a version's sections folder read as a section, the set checked (ids and numbers each once, no gap):
 * the candidates as far as they could be read, and the valid sections in number order.
 */
export function parseSectionsFolder(
  sectionsDir: string,
  files: readonly ContentFile[],
  errors: ContentError[],
  schema?: SectionSchema,
): { candidates: SectionCandidate[]; sections: Section[] } {
  const candidates = files.filter((file) => file.path.startsWith(`${sectionsDir}/`)).map((file) => parseSection(file, sectionsDir, errors, schema));
  checkSectionSet(candidates, sectionsDir, errors);
  const sections = candidates.flatMap((candidate) => candidate.section ?? []).sort((a, b) => a.number - b.number);
  return { candidates, sections };
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
export function collectAnchors(sections: readonly Section[], errors: ContentError[]): Set<string> {
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

export function parseJsonFile<Schema extends z.ZodType>(
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

export function parseYamlFile<Schema extends z.ZodType>(file: ContentFile, schema: Schema, errors: ContentError[]): z.infer<Schema> | null {
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

export function validate<Schema extends z.ZodType>(
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

