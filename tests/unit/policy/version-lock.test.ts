import { afterEach, describe, expect, it, vi } from "vitest";
import { formatContentError } from "@/lib/policy";
import type { ContentFile } from "@/lib/policy/files";
import { parseContent } from "@/lib/policy/parse-policy";
import { buildDate } from "@/lib/policy/timeline";
import { fileHash, versionFileHashes } from "@/lib/policy/version-lock";
import {
  anchorLockFile,
  contentFiles,
  FIXTURE_DIR,
  FIXTURE_IDS,
  FIXTURE_VERSION,
  publishedAnchors,
  SECTIONS,
  sectionFile,
  validFiles,
  VERSION_FILE,
  versionFile,
  versionFolder,
  versionLockFile,
  versionLockOf,
  withFile,
  withSection,
} from "./fixture-content";

/** The problems of `files` exactly as they are: their version lock is not brought up to date. */
const problems = (files: readonly ContentFile[]) => parseContent(files).errors.map(formatContentError);

const NEW_VERSION_HINT = "start a new version instead: npm run content:new-version -- --effective YYYY-MM-DD";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("the version lock", () => {
  it("records each file of a version folder by its path in the folder and the SHA-256 of its text", () => {
    const hashes = versionFileHashes(FIXTURE_VERSION, validFiles());
    expect(Object.keys(hashes)).toEqual([...FIXTURE_IDS.map((id, index) => `sections/${String(index + 1).padStart(2, "0")}-${id}.md`), "version.yaml"]);
    expect(hashes["version.yaml"]).toBe(fileHash(VERSION_FILE.text));
    expect(fileHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("accepts a published version whose files are as the lock records them", () => {
    const { data, errors } = parseContent(validFiles());
    expect(errors).toEqual([]);
    expect(data?.versions.map((policy) => policy.version)).toEqual([
      expect.objectContaining({ effective: FIXTURE_VERSION, announced: FIXTURE_VERSION, status: "published", file: VERSION_FILE.path }),
    ]);
    expect(data?.drafts).toEqual([]);
  });

  it("refuses a published version whose section changed, naming the file and how to fix it", () => {
    const file = `${SECTIONS}/03-charlie.md`;
    const files = withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Edited after publication. {#charlie--text}" }));
    const { data, errors } = parseContent(files);
    expect(data).toBeNull();
    expect(errors.map(formatContentError)).toEqual([
      `${file}: published: differs from published version ${FIXTURE_VERSION} (content/versions.lock.json) — a published version never changes: undo the edit (git checkout -- ${file}), or ${NEW_VERSION_HINT}`,
    ]);
  });

  it("refuses a published version whose version.yaml changed", () => {
    const files = withFile(validFiles(), versionFile(FIXTURE_VERSION, { summary: "A better summary." }));
    expect(problems(files)).toEqual([expect.stringMatching(new RegExp(`^${FIXTURE_DIR}/version\\.yaml: published: differs from published version ${FIXTURE_VERSION} `))]);
  });

  it("refuses a file added to a published version", () => {
    const added = sectionFile(11, "kilo");
    const files = withFile([...validFiles(), added], anchorLockFile({ published: [...publishedAnchors(), "kilo", "kilo--text"] }));
    expect(problems(files)).toEqual([`${added.path}: file: is not part of published version ${FIXTURE_VERSION} — remove it, or ${NEW_VERSION_HINT}`]);
  });

  it("refuses a file removed from a published version", () => {
    const removed = `${SECTIONS}/10-juliet.md`;
    const files = validFiles().filter((file) => file.path !== removed);
    expect(problems(files)).toEqual([
      `${removed}: file: belongs to published version ${FIXTURE_VERSION} but is missing — restore it: git checkout -- ${removed}`,
    ]);
  });

  it("refuses a published version whose folder is gone", () => {
    const lock = versionLockOf(validFiles());
    const files = withFile(validFiles(), versionLockFile({ "2025-06-01": { announced: "2025-05-01", files: { "version.yaml": fileHash("gone") } }, ...lock }));
    expect(problems(files)).toEqual([
      "content/versions/2025-06-01: folder: is published (content/versions.lock.json) but missing — restore it: git checkout -- content/versions/2025-06-01",
    ]);
  });

  it("refuses a version announced after it took effect", () => {
    const lock = versionLockOf(validFiles());
    const entry = lock[FIXTURE_VERSION];
    if (!entry) throw new Error("the fixture's lock has no entry for its version");
    const announcedOn = (announced: string) => problems(withFile(validFiles(), versionLockFile({ [FIXTURE_VERSION]: { ...entry, announced } })));
    expect(announcedOn("2026-02-02")).toEqual([
      `content/versions.lock.json: ${FIXTURE_VERSION}.announced: 2026-02-02 is after the version's effective date ${FIXTURE_VERSION} — a change is announced before it takes effect; correct the date`,
    ]);
    expect(announcedOn(FIXTURE_VERSION)).toEqual([]);
    expect(announcedOn("2026-01-01")).toEqual([]);
  });

  it("refuses a lock entry that is not a published version's record", () => {
    const files = withFile(validFiles(), versionLockFile({ [FIXTURE_VERSION]: { announced: "2026-01-01", files: { "version.yaml": "not-a-hash" } } }));
    expect(problems(files)).toContainEqual(
      `content/versions.lock.json: ${FIXTURE_VERSION}.files.version.yaml: is not a SHA-256 hash — run npm run content:publish rather than editing the lock`,
    );
  });

  it("refuses content with no published version at all", () => {
    const files = withFile(validFiles(), versionLockFile({}));
    const { data, errors } = parseContent(files);
    expect(data).toBeNull();
    expect(errors.map(formatContentError)).toEqual([
      "content/versions.lock.json: versions: records no published version — publish one: npm run content:publish -- YYYY-MM-DD",
    ]);
  });

  it.each(["next", "2026-02-30", "2026-2-1"])("refuses a version folder named %s, which is not a date", (name) => {
    const files = [...validFiles(), { path: `content/versions/${name}/version.yaml`, text: VERSION_FILE.text }];
    expect(problems(files)).toEqual([
      `content/versions/${name}: folder name: "${name}" is not a date — name each version's folder after its effective date, YYYY-MM-DD, e.g. content/versions/2026-11-26`,
    ]);
  });
});

describe("drafts", () => {
  const DRAFT = "2026-09-01";
  const draftFolder = (body = "Text changed for the draft. {#charlie--text}") => versionFolder(DRAFT, { bodies: { charlie: body }, summary: "Explains cookies." });

  it("takes a folder the lock does not name for a draft: not published, not announced", () => {
    const { data, errors } = parseContent(contentFiles([versionFolder(FIXTURE_VERSION), draftFolder()], { drafts: [DRAFT] }));
    expect(errors).toEqual([]);
    expect(data?.versions.map((policy) => policy.version.effective)).toEqual([FIXTURE_VERSION]);
    expect(data?.drafts.map((policy) => policy.version)).toEqual([
      { updated: DRAFT, summary: "Explains cookies.", significant: false, effective: DRAFT, announced: null, status: "draft", file: `content/versions/${DRAFT}/version.yaml` },
    ]);
    expect(data?.drafts[0]?.sections[2]?.file).toBe(`content/versions/${DRAFT}/sections/03-charlie.md`);
  });

  it("lets a draft change freely: it needs no lock entry", () => {
    const files = contentFiles([versionFolder(FIXTURE_VERSION), draftFolder()], { drafts: [DRAFT] });
    // The same lock, and the draft edited again.
    const edited = withFile(files, sectionFile(3, "charlie", { version: DRAFT, body: "Edited once more. {#charlie--text}" }));
    const { data, errors } = parseContent(edited);
    expect(errors).toEqual([]);
    expect(JSON.stringify(data?.drafts[0]?.sections[2]?.tree)).toContain("Edited once more.");
  });

  it("checks a draft's files like a published version's", () => {
    const files = contentFiles([versionFolder(FIXTURE_VERSION), draftFolder("Text with a [broken link](/nowhere). {#charlie--text}")], { drafts: [DRAFT] });
    expect(problems(files)).toEqual([
      expect.stringMatching(new RegExp(`^content/versions/${DRAFT}/sections/03-charlie\\.md: body: link "/nowhere" is not a page of this site`)),
    ]);
  });

  it("refuses a draft that would take effect before or on the newest published version", () => {
    const early = "2026-01-20";
    const files = contentFiles([versionFolder(FIXTURE_VERSION), versionFolder(early, { updated: early })], { drafts: [early] });
    expect(problems(files)).toEqual([
      `content/versions/${early}: folder name: the draft takes effect on ${early}, not after the newest published version (${FIXTURE_VERSION}) — versions take effect one after the other: rename the folder to a later date`,
    ]);
  });

  it("does not count as a published version: a draft alone is refused", () => {
    const files = contentFiles([draftFolder()], { drafts: [DRAFT] });
    expect(problems(files)).toEqual([
      "content/versions.lock.json: versions: records no published version — publish one: npm run content:publish -- YYYY-MM-DD",
    ]);
  });
});

describe("the check does not depend on the date", () => {
  /** A version long past, one far ahead, a draft further still: content a date-dependent rule would judge differently. */
  const files = contentFiles(
    [versionFolder(FIXTURE_VERSION), versionFolder("2099-01-01", { updated: "2098-12-31" }), versionFolder("2100-01-01", { updated: "2099-06-01" })],
    { drafts: ["2100-01-01"] },
  );
  const brokenFiles = withSection(files, 3, sectionFile(3, "charlie", { body: "Edited after publication. {#charlie--text}" }));

  const checkOn = (now: string, policyToday?: string) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(now));
    if (policyToday !== undefined) vi.stubEnv("POLICY_TODAY", policyToday);
    try {
      // The clock the site would read really is at `now` (and POLICY_TODAY, when given, wins).
      expect(buildDate("UTC")).toBe(policyToday ?? now.slice(0, 10));
      return { valid: parseContent(files), broken: parseContent(brokenFiles) };
    } finally {
      vi.useRealTimers();
      vi.unstubAllEnvs();
    }
  };

  it("gives the same result before the first version, between the versions and after the last", () => {
    const results = [
      checkOn("2020-01-01T12:00:00Z"),
      checkOn("2026-11-30T23:30:00Z"),
      checkOn("2099-01-01T00:30:00Z", "2099-01-01"),
      checkOn("2150-01-01T12:00:00Z", "2150-01-01"),
    ];
    const [first, ...others] = results;
    expect(first?.valid.errors).toEqual([]);
    expect(first?.valid.data?.versions.map((policy) => policy.version.effective)).toEqual([FIXTURE_VERSION, "2099-01-01"]);
    expect(first?.broken.errors.map(formatContentError)).toEqual([expect.stringContaining("published: differs from published version")]);
    for (const result of others) {
      expect(result.valid).toEqual(first?.valid);
      expect(result.broken).toEqual(first?.broken);
    }
  });
});
