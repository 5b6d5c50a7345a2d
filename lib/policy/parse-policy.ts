import { checkAnchorLock } from "./anchor-lock";
import type { ContentError } from "./errors";
import {
  ANCHOR_LOCK_FILE,
  CONTACT_PAGE_FILE,
  type ContentFile,
  PDF_FILE,
  type PdfFile,
  POLICY_METADATA_FILE,
  SECTIONS_FOLDER,
  TRANSLATIONS_DIR,
  VERSION_FILE,
  VERSION_LOCK_FILE,
  versionDir,
  VERSIONS_DIR,
} from "./files";
import {
  checkLinks,
  collectAnchors,
  type ContactPage,
  parseContactPage,
  parseJsonFile,
  parseSectionsFolder,
  parseYamlFile,
  type Section,
} from "./parse-files";
import {
  type AnchorLock,
  anchorLockSchema,
  effectiveDateSchema,
  type PolicyMetadata,
  type PolicySettings,
  policySettingsSchema,
  siteUrlSchema,
  SOURCE_LANGUAGE,
  type VersionFrontmatter,
  versionFrontmatterSchema,
  versionLockSchema,
} from "./schema";
import type { TranslationFacts } from "./translated-timeline";
import { parseTranslation, type Translation, translationLanguages } from "./translations";
import { checkPdfLock } from "./pdf-lock";
import { checkVersionLock } from "./version-lock";

export type { ContactPage, Section } from "./parse-files";
export { splitMarkdownFile } from "./parse-files";

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
  /** The language of its text: SOURCE_LANGUAGE, or a translation's (translated-timeline.ts). */
  language: string;
  /** For a translation: what it translates and how far it is behind; null for the English. */
  translation: TranslationFacts | null;
  metadata: PolicyMetadata;
  version: PolicyVersion;
  sections: Section[];
  contact: ContactPage;
  anchorLock: AnchorLock;
  /** The version as a PDF (its path among the content files, and its size in bytes); null when it has none. */
  pdf: Pick<PdfFile, "path" | "size"> | null;
  /**
   * This version's anchors → the retired anchors that lead to them (from the lock's aliases), for the anchors
   * that keep old links landing. Only aliases this version needs: none for an anchor it still has.
   */
  retiredAnchors: ReadonlyMap<string, readonly string[]>;
};

/** Everything content/ holds: every published version, oldest first, the drafts being written, the translations. */
export type PolicyContent = {
  settings: PolicySettings;
  versions: Policy[];
  drafts: Policy[];
  translations: Translation[];
};

export type ParseContentOptions = {
  /** The SITE_URL environment variable, which overrides the site URL in content/policy.yaml. */
  siteUrlOverride?: string | undefined;
  /**
   * The versions' PDFs as read (files.ts, readPdfFiles): each published version must have the one the lock
   * records. Without them (tests of the text alone), the PDFs are neither checked nor offered.
   */
  pdfFiles?: readonly PdfFile[] | undefined;
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
): { data: PolicyContent | null; errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));

  const settings = parsePolicySettings(byPath.get(POLICY_METADATA_FILE), options, errors);
  const contact = parseContactPage(byPath.get(CONTACT_PAGE_FILE), errors);
  const anchorLock = parseJsonFile(byPath.get(ANCHOR_LOCK_FILE), ANCHOR_LOCK_FILE, anchorLockSchema, "run npm run content:anchors to record the published anchors", errors);
  const versionLock = parseJsonFile(byPath.get(VERSION_LOCK_FILE), VERSION_LOCK_FILE, versionLockSchema, "restore it from git: it records the published versions", errors);

  const folders = versionFolders(files, errors);
  const candidates = [...folders].sort().map((effective) => parseVersion(effective, files, errors));
  if (versionLock) errors.push(...checkVersionLock(versionLock, files, folders));
  if (versionLock && options.pdfFiles) errors.push(...checkPdfLock(versionLock, options.pdfFiles));
  const pdfAt = (folder: string) => {
    const file = options.pdfFiles?.find((candidate) => candidate.path === `${folder}/${PDF_FILE}`);
    return file ? { path: file.path, size: file.size } : null;
  };

  const published = candidates.filter((candidate) => versionLock && Object.hasOwn(versionLock, candidate.effective));
  const drafts = candidates.filter((candidate) => !published.includes(candidate));
  const newest = published.at(-1);
  for (const draft of drafts) {
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

  const englishVersions = candidates.map((candidate) => ({ effective: candidate.effective, published: published.includes(candidate), sections: candidate.sections }));
  const translations = Object.entries(settings?.translations ?? {}).flatMap(([language, { approved }]) => {
    return parseTranslation(language, approved, files, { versions: englishVersions, lock: versionLock, pdfAt }, errors, warnings) ?? [];
  });
  if (settings && settings.prevails !== SOURCE_LANGUAGE && !Object.hasOwn(settings.translations, settings.prevails)) {
    errors.push({ file: POLICY_METADATA_FILE, field: "prevails", message: `"${settings.prevails}" is neither ${SOURCE_LANGUAGE} nor a listed translation — write prevails: ${SOURCE_LANGUAGE}, or the code of a translation in translations` });
  }
  for (const language of translationLanguages(files)) {
    if (settings && !Object.hasOwn(settings.translations, language)) {
      errors.push({ file: POLICY_METADATA_FILE, field: "translations", message: `does not list "${language}", which ${TRANSLATIONS_DIR}/${language} translates — add it: translations: { ${language}: { approved: false } }` });
    }
  }

  if (errors.length > 0 || !settings || !contact || !anchorLock || !versionLock) return { data: null, errors, warnings };
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
      language: SOURCE_LANGUAGE,
      translation: null,
      metadata: { ...settings, updated: candidate.frontmatter.updated },
      version,
      sections: candidate.sections,
      contact,
      anchorLock,
      pdf: pdfAt(versionDir(candidate.effective)),
      retiredAnchors: retiredAnchorsByTarget(anchorLock, candidate.anchors),
    }];
  };
  return {
    data: {
      settings,
      versions: published.flatMap(toPolicy),
      drafts: drafts.flatMap(toPolicy),
      translations,
    },
    errors,
    warnings,
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
  const { candidates, sections } = parseSectionsFolder(sectionsDir, files, errors);
  // With no file, the set check above reports nothing: this is the folder's only error, where it always was.
  if (candidates.length === 0) {
    errors.push({ file: sectionsDir, field: "folder", message: "holds no section — add one Markdown file per section, NN-id.md" });
  }
  if (frontmatter) checkVersionDates(effective, frontmatter, versionFile?.path ?? dir, sections, errors);
  const anchors = collectAnchors(sections, errors);
  for (const section of sections) checkLinks(section, sections, errors);
  return { effective, frontmatter, sections, anchors };
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

