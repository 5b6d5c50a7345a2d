import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toString as textOf } from "mdast-util-to-string";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatContentError, getTimeline, hasOwnTranslation, type Policy, type PolicyContent, timelineAt } from "@/lib/policy";
import { type ContentFile, readContentFiles, versionDir } from "@/lib/policy/files";
import { parseContent } from "@/lib/policy/parse-policy";
import { translatedPolicy } from "@/lib/policy/translated-timeline";
import { translatedFileHashes, translatedVersionDir } from "@/lib/policy/translations";
import { fileHash } from "@/lib/policy/version-lock";
import { loadVersionedContent } from "../../fixtures/load-versioned-content";
import { VERSIONED, VERSIONED_CONTENT_DIR } from "../../fixtures/versioned-content";
import { bilingualTimelines, fileAt, frenchOf, versionLockFile, versionLockOf, withFile, withoutFiles } from "./fixture-content";

afterEach(() => vi.unstubAllEnvs());

/** While v2 is in effect (and v3 announced), and once v3, which French lacks, is. */
const BEFORE_V3 = "2026-12-01";
const AFTER_V3 = VERSIONED.v3;


/** What makes links to a policy work: its sections' ids and numbers and their clauses' ids, in order. */
const outline = (policy: Policy) => policy.sections.map(({ id, number, clauses }) => ({ id, number, clauses: clauses.map((clause) => clause.id) }));

function sectionOf(policy: Policy, id: string) {
  const section = policy.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`${policy.language} ${policy.version.effective} has no section ${id}`);
  return section;
}

/** The fixture's files as content:check reads them, to edit in memory: tests/fixtures/versioned-content as content/. */
function fixtureFiles(): ContentFile[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "translated-timeline-"));
  try {
    fs.symlinkSync(path.resolve(VERSIONED_CONTENT_DIR), path.join(root, "content"));
    const { files, errors } = readContentFiles(root);
    if (errors.length > 0) throw new Error(errors.map(formatContentError).join("\n"));
    return files;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** parseContent of edited fixture files, which must stay valid; its warnings as content:check prints them. */
function parsed(files: readonly ContentFile[]): { content: PolicyContent; warnings: string[] } {
  const { data, errors, warnings } = parseContent(files);
  if (!data) throw new Error(errors.map(formatContentError).join("\n"));
  return { content: data, warnings: warnings.map(formatContentError) };
}

const FR_V2 = translatedVersionDir("fr", VERSIONED.v2);
const FR_V3 = translatedVersionDir("fr", VERSIONED.v3);
/** The French words of VERSIONED.v3RewordedText, before and after. */
const FRENCH_ANALYTICS = { before: "Google Analytics", after: "Matomo, hébergé dans l’Union européenne" };

/**
 * The fixture with a French v3, made as a translator does (README, "Translating the policy"): v2's French copied to
 * v3's date, then, when `updated`, the changed section translated again and every file's `translates` set to the
 * hash of the v3 English it now translates (what content:translated writes); the translation recorded in the lock.
 */
function withFrenchV3(files: readonly ContentFile[], { updated }: { updated: boolean }): ContentFile[] {
  const copy = files
    .filter((file) => file.path.startsWith(`${FR_V2}/`))
    .map((file): ContentFile => {
      const filePath = file.path.replace(FR_V2, FR_V3);
      if (!updated || !filePath.includes("/sections/")) return { path: filePath, text: file.text };
      const english = fileAt(files, `${versionDir(VERSIONED.v3)}/sections/${path.posix.basename(filePath)}`);
      const text = file.text.replace(/^translates: [0-9a-f]{64}$/m, `translates: ${fileHash(english.text)}`).replace(FRENCH_ANALYTICS.before, FRENCH_ANALYTICS.after);
      return { path: filePath, text };
    });
  const result = [...files, ...copy];
  const lock = versionLockOf(result);
  const entry = lock[VERSIONED.v3];
  if (!entry) throw new Error(`the fixture's lock has no ${VERSIONED.v3}`);
  entry.translations = { ...entry.translations, fr: { recorded: "2027-01-10", files: translatedFileHashes("fr", VERSIONED.v3, result) } };
  return withFile(result, versionLockFile(lock));
}

/** The fixture as it was before French v2 was made: French v1 only. */
function withoutFrenchV2(files: readonly ContentFile[]): ContentFile[] {
  const result = withoutFiles(files, ...files.filter((file) => file.path.startsWith(`${FR_V2}/`)).map((file) => file.path));
  const lock = versionLockOf(result);
  delete lock[VERSIONED.v2]?.translations;
  return withFile(result, versionLockFile(lock));
}

describe("the French policy while the version in effect has its own translation", () => {
  const { english, french } = bilingualTimelines(loadVersionedContent(), BEFORE_V3);

  it("is that version's own translation, with nothing behind the English", () => {
    const policy = french.current;
    expect(policy.language).toBe("fr");
    expect(policy.version.effective).toBe(VERSIONED.v2);
    expect(policy.translation).toMatchObject({ approved: false, prevails: "en", translatedFrom: VERSIONED.v2 });
    expect(policy.translation?.source).toBe(english.current);
    expect(hasOwnTranslation(policy)).toBe(true);
    expect([...(policy.translation?.behind.keys() ?? [])]).toEqual([]);
    // Every section's text is French v2's own file.
    expect(policy.sections.map((section) => path.posix.dirname(section.file))).toEqual(policy.sections.map(() => `${FR_V2}/sections`));
  });

  it("has the English sections and clauses, with the same ids and numbers in the same order, so every link lands", () => {
    expect(outline(french.current)).toEqual(outline(english.current));
    expect(french.current.sections.map((section) => section.id)).toContain(VERSIONED.addedSection);
  });

  it("reads in French: the reworded clause has v2's French words, not the English ones", () => {
    const sectionId = VERSIONED.reworded.split("--")[0] ?? "";
    const text = textOf(sectionOf(french.current, sectionId).tree);
    expect(text).toContain(VERSIONED.frenchRewordedText.after);
    expect(text).not.toContain(VERSIONED.rewordedText.after);
    expect(text).not.toContain(VERSIONED.frenchRewordedText.before);
  });

  it("keeps the same versions on the same days as the English, each translated", () => {
    const effective = (policies: readonly Policy[]) => policies.map((policy) => policy.version.effective);
    expect(french.today).toBe(english.today);
    expect(effective(french.published)).toEqual(effective(english.published));
    expect(effective(french.upcoming)).toEqual([VERSIONED.v3]);
    expect(french.published.every((policy) => policy.language === "fr")).toBe(true);
    // The English timeline is left as it was.
    expect(english.current.language).toBe("en");
    expect(english.current.translation).toBeNull();
    expect(english.current.metadata.title).toBe("Privacy Policy");
  });

  it("translates v1 from v1's own French, not v2's", () => {
    const v1 = french.published.find((policy) => policy.version.effective === VERSIONED.v1);
    expect(v1?.translation?.translatedFrom).toBe(VERSIONED.v1);
    expect(v1?.translation?.behind.size).toBe(0);
    const sectionId = VERSIONED.reworded.split("--")[0] ?? "";
    expect(textOf(sectionOf(v1 as Policy, sectionId).tree)).toContain(VERSIONED.frenchRewordedText.before);
    expect(v1?.sections.map((section) => section.id)).not.toContain(VERSIONED.addedSection);
  });
});

describe("the French policy once an English version it has no translation of takes effect", () => {
  const { english, french } = bilingualTimelines(loadVersionedContent(), AFTER_V3);
  const policy = french.current;

  it("is the English version in effect, shown in the newest earlier translation, v2's", () => {
    expect(policy.version.effective).toBe(VERSIONED.v3);
    expect(policy.translation?.translatedFrom).toBe(VERSIONED.v2);
    expect(policy.translation?.source).toBe(english.current);
    expect(hasOwnTranslation(policy)).toBe(false);
    expect(outline(policy)).toEqual(outline(english.current));
    expect(policy.sections.every((section) => section.file.startsWith(`${FR_V2}/`))).toBe(true);
  });

  it("marks the sections whose English changed as behind, each with the English section and its date", () => {
    const behind = policy.translation?.behind ?? new Map();
    expect([...behind.keys()]).toEqual([...VERSIONED.sectionsChangedInV3]);
    for (const id of VERSIONED.sectionsChangedInV3) {
      const lag = behind.get(id);
      const englishSection = sectionOf(english.current, id);
      expect(lag?.untranslated).toBe(false);
      expect(lag?.source).toBe(englishSection);
      expect(lag?.source.updated).toBe(englishSection.updated);
      // The French shown is still the older text, dated before the English change.
      expect(sectionOf(policy, id).updated < englishSection.updated).toBe(true);
    }
  });

  it("still shows the French of a section that is behind, with v2's words", () => {
    const sectionId = VERSIONED.v3Reworded.split("--")[0] ?? "";
    const text = textOf(sectionOf(policy, sectionId).tree);
    expect(text).toContain(FRENCH_ANALYTICS.before);
    expect(text).not.toContain(VERSIONED.v3RewordedText.after);
  });
});

describe("marking the translation up to date", () => {
  const files = fixtureFiles();

  it("starts from the fixture as it is: French v2 shown for v3, behind in the changed sections", () => {
    const { content, warnings } = parsed(files);
    expect(bilingualTimelines(content, AFTER_V3).french.current.translation?.behind.size).toBe(VERSIONED.sectionsChangedInV3.length);
    expect(warnings).toContainEqual(expect.stringContaining(`${FR_V3}: folder: is missing`));
  });

  it("keeps the notice while v3's French is only a copy of v2's: its own page, still behind the English", () => {
    const { content } = parsed(withFrenchV3(files, { updated: false }));
    const policy = bilingualTimelines(content, AFTER_V3).french.current;
    expect(policy.translation?.translatedFrom).toBe(VERSIONED.v3);
    expect(hasOwnTranslation(policy)).toBe(true);
    expect([...(policy.translation?.behind.keys() ?? [])]).toEqual([...VERSIONED.sectionsChangedInV3]);
  });

  it("removes the notice once the changed section is translated again and marked as translating the new English", () => {
    const { content, warnings } = parsed(withFrenchV3(files, { updated: true }));
    const { french } = bilingualTimelines(content, AFTER_V3);
    const policy = french.current;
    expect(policy.translation?.translatedFrom).toBe(VERSIONED.v3);
    expect([...(policy.translation?.behind.keys() ?? [])]).toEqual([]);
    const sectionId = VERSIONED.v3Reworded.split("--")[0] ?? "";
    expect(textOf(sectionOf(policy, sectionId).tree)).toContain(FRENCH_ANALYTICS.after);
    // content:check agrees: nothing left to translate.
    expect(warnings).toEqual([]);
    // v3's summary is now French v3's, and the older versions are unchanged.
    expect(policy.version.summary).toBe(frenchOf(content).versions.find((version) => version.effective === VERSIONED.v3)?.summary);
    expect(french.published.find((candidate) => candidate.version.effective === VERSIONED.v2)?.translation?.translatedFrom).toBe(VERSIONED.v2);
  });
});

describe("a section the translation lacks", () => {
  // Before French v2 was made, v2 added a section French v1 never had.
  const { content } = parsed(withoutFrenchV2(fixtureFiles()));
  const { english, french } = bilingualTimelines(content, BEFORE_V3);
  const policy = french.current;

  it("is shown in English, in its English place, marked untranslated", () => {
    expect(policy.translation?.translatedFrom).toBe(VERSIONED.v1);
    const shown = sectionOf(policy, VERSIONED.addedSection);
    const englishSection = sectionOf(english.current, VERSIONED.addedSection);
    expect(shown).toBe(englishSection);
    expect(shown.number).toBe(englishSection.number);
    expect(policy.translation?.behind.get(VERSIONED.addedSection)).toEqual({ source: englishSection, untranslated: true });
    const places = (of: Policy) => of.sections.map(({ id, number }) => ({ id, number }));
    expect(places(policy)).toEqual(places(english.current));
  });

  it("shows in English a section whose English gained or lost a clause, so every English anchor lands once", () => {
    const behind = policy.translation?.behind ?? new Map();
    const untranslated = [...behind].filter(([, lag]) => lag.untranslated).map(([id]) => id);
    const sectionOfClause = (clause: string) => clause.split("--")[0] ?? "";
    // v2 added a clause to one section and removed one from another: v1's French of those has other anchors.
    expect(untranslated.sort()).toEqual([VERSIONED.addedSection, sectionOfClause(VERSIONED.added), sectionOfClause(VERSIONED.removed)].sort());
    const clauseIds = (of: Policy) => of.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
    expect(clauseIds(policy)).toEqual(clauseIds(english.current));
  });

  it("keeps in French, marked behind, a section whose English was only reworded", () => {
    const behind = policy.translation?.behind ?? new Map();
    for (const id of [VERSIONED.reworded, VERSIONED.changedLink].map((clause) => clause.split("--")[0] ?? "")) {
      expect(behind.get(id)).toEqual({ source: sectionOf(english.current, id), untranslated: false });
      expect(sectionOf(policy, id).file.startsWith(translatedVersionDir("fr", VERSIONED.v1))).toBe(true);
    }
    expect(behind.has(VERSIONED.unchangedSection)).toBe(false);
  });
});

describe("a version before any translation", () => {
  it("is shown all in English, every section untranslated, with the English summary", () => {
    const content = loadVersionedContent();
    const source = { ...timelineAt(content, BEFORE_V3).current };
    const policy = translatedPolicy(source, { ...frenchOf(content), versions: [] }, "en");
    expect(policy.translation?.translatedFrom).toBeNull();
    expect(hasOwnTranslation(policy)).toBe(false);
    expect(policy.sections).toEqual(source.sections);
    expect([...(policy.translation?.behind.values() ?? [])].every((lag) => lag.untranslated)).toBe(true);
    expect(policy.translation?.behind.size).toBe(source.sections.length);
    expect(policy.version.summary).toBe(source.version.summary);
  });
});

describe("one French policy per English version", () => {
  it("gives the same French policy object for the same English one", () => {
    const content = loadVersionedContent();
    const source = timelineAt(content, BEFORE_V3).current;
    expect(translatedPolicy(source, frenchOf(content), "en")).toBe(translatedPolicy(source, frenchOf(content), "en"));
  });

  it("shares it between timelines: v2 in French is one object whether it is in effect or superseded", () => {
    const content = loadVersionedContent();
    const before = bilingualTimelines(content, BEFORE_V3).french;
    const after = bilingualTimelines(content, AFTER_V3).french;
    expect(after.published.find((policy) => policy.version.effective === VERSIONED.v2)).toBe(before.current);
    expect(before.upcoming[0]).toBe(after.current);
  });
});

describe("what the French policy says about itself", () => {
  const content = loadVersionedContent();
  const before = bilingualTimelines(content, BEFORE_V3);
  const after = bilingualTimelines(content, AFTER_V3);

  it("has the French title and the policy-wide facts of the English", () => {
    const { metadata } = before.french.current;
    expect(metadata.title).toBe(VERSIONED.frenchTitle);
    const englishMetadata = before.english.current.metadata;
    expect({ ...metadata, title: englishMetadata.title, updated: englishMetadata.updated }).toEqual(englishMetadata);
  });

  it("has the French contact page", () => {
    const { contact } = before.french.current;
    expect(contact).toBe(frenchOf(content).contact);
    expect(contact.file).toBe("content/translations/fr/contact.md");
    expect(textOf(contact.tree)).toMatch(/écrivez-nous/);
  });

  it("summarises its own translated version in French", () => {
    const summary = frenchOf(content).versions.find((version) => version.effective === VERSIONED.v2)?.summary;
    expect(summary).toBeTruthy();
    expect(before.french.current.version.summary).toBe(summary);
    expect(before.french.current.version.summary).not.toBe(before.english.current.version.summary);
  });

  it("summarises a version it has no translation of in English, the summary of the version it stands for", () => {
    expect(after.french.current.version.summary).toBe(after.english.current.version.summary);
  });

  it("keeps the version's facts: effective and announcement dates, significance, status", () => {
    // v2 has a French summary of its own; every other fact is the English version's.
    expect({ ...before.french.current.version, summary: before.english.current.version.summary }).toEqual(before.english.current.version);
    expect({ ...after.french.current.version, summary: after.english.current.version.summary }).toEqual(after.english.current.version);
  });
});

describe("getTimeline in a language", () => {
  const atLaunch = () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("POLICY_TODAY", "2026-11-26");
  };

  it("is the real policy in French, translated from its own version with nothing behind", () => {
    atLaunch();
    const french = getTimeline("fr");
    const english = getTimeline();
    expect(french.current.language).toBe("fr");
    expect(french.current.translation?.source).toBe(english.current);
    expect(hasOwnTranslation(french.current)).toBe(true);
    expect(french.current.translation?.behind.size).toBe(0);
    expect(getTimeline("fr").current).toBe(french.current);
    expect(getTimeline("en").current).toBe(english.current);
  });

  it("refuses a language the content has no translation for, saying where to add it", () => {
    atLaunch();
    expect(() => getTimeline("de")).toThrow(/no "de" translation.*content\/policy\.yaml.*content\/translations\/de/);
  });
});
