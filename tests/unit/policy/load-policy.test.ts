import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatContentError, getContent, getPolicy, getTimeline, InvalidContentError, loadContent } from "@/lib/policy";
import { readContentFiles, readSiteIconDataUri } from "@/lib/policy/files";
import { markdownParseCount } from "@/lib/policy/markdown";
import { contentFiles, FIXTURE_DIR, SECTIONS, validFiles, versionFolder, writeContentDir } from "./fixture-content";

const tempDirs: string[] = [];
function contentDir(files = validFiles()): string {
  const dir = writeContentDir(files);
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("readContentFiles", () => {
  it("reads the metadata, the contact page, both locks, then each version's facts and sections in name order", () => {
    const { files, errors } = readContentFiles(contentDir());
    expect(errors).toEqual([]);
    expect(files.map((file) => file.path)).toEqual([
      "content/policy.yaml",
      "content/contact.md",
      "content/anchors.json",
      "content/versions.lock.json",
      `${FIXTURE_DIR}/version.yaml`,
      ...validFiles()
        .map((file) => file.path)
        .filter((file) => file.startsWith("content/versions/2026-02-01/sections/"))
        .sort(),
    ]);
  });

  it("reports a missing file or folder instead of throwing", () => {
    const dir = contentDir();
    fs.rmSync(path.join(dir, "content", "contact.md"));
    fs.rmSync(path.join(dir, SECTIONS), { recursive: true });
    expect(readContentFiles(dir).errors.map(formatContentError)).toEqual([
      "content/contact.md: file: cannot be read (it does not exist) — restore the file",
      `${SECTIONS}: folder: cannot be read (it does not exist) — restore the folder with one Markdown file per section`,
    ]);
  });

  it("skips hidden files in the sections folder", () => {
    const dir = contentDir();
    fs.writeFileSync(path.join(dir, SECTIONS, ".DS_Store"), "");
    expect(readContentFiles(dir).files.map((file) => file.path)).not.toContainEqual(expect.stringContaining(".DS_Store"));
  });
});

describe("readSiteIconDataUri", () => {
  it("embeds app/icon.svg, the favicon's single source", () => {
    const uri = readSiteIconDataUri(process.cwd());
    expect(uri).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(uri.split(",")[1] ?? "", "base64").toString("utf8")).toContain("<svg");
  });
});

describe("loadContent", () => {
  it("returns the policy of a folder, and no policy with every error when a file cannot be read", () => {
    const dir = contentDir();
    expect(loadContent(dir, { siteUrlOverride: "" }).data?.versions[0]?.sections).toHaveLength(10);
    fs.rmSync(path.join(dir, "content", "anchors.json"));
    // Another SITE_URL, so that the memo misses.
    const broken = loadContent(dir, { siteUrlOverride: "https://broken.example" });
    expect(broken.data).toBeNull();
    expect(broken.errors.map(formatContentError)).toContain("content/anchors.json: file: cannot be read (it does not exist) — restore the file");
  });

  it("reads and parses a folder once per process for the same options", () => {
    const dir = contentDir();
    const first = loadContent(dir, { siteUrlOverride: "" });
    const parses = markdownParseCount();
    expect(loadContent(dir, { siteUrlOverride: "" })).toBe(first);
    expect(markdownParseCount()).toBe(parses);
    expect(loadContent(dir, { siteUrlOverride: "https://staging.example.com" })).not.toBe(first);
  });

  it("reads the content again on every call under next dev, so that an edit shows at the next reload", () => {
    const dir = contentDir();
    loadContent(dir, { siteUrlOverride: "" });
    vi.stubEnv("NODE_ENV", "development");
    const sectionFile = path.join(dir, SECTIONS, "02-bravo.md");
    fs.writeFileSync(sectionFile, fs.readFileSync(sectionFile, "utf8").replace("title: Section bravo", "title: Edited"));
    const parses = markdownParseCount();
    const edited = loadContent(dir, { siteUrlOverride: "" });
    // The edit breaks the published version's lock, and is read at once.
    expect(edited.errors.map(formatContentError)).toContainEqual(expect.stringMatching(/^content\/versions\/2026-02-01\/sections\/02-bravo\.md: published: differs from published version 2026-02-01/));
    expect(markdownParseCount()).toBe(parses + 11);
  });

  it("takes SITE_URL from the environment unless told otherwise", () => {
    vi.stubEnv("SITE_URL", "http://127.0.0.1:4000");
    expect(loadContent(contentDir()).data?.settings.siteUrl).toBe("http://127.0.0.1:4000");
  });
});

describe("getPolicy", () => {
  it("is the real policy, read from the working directory", () => {
    vi.stubEnv("SITE_URL", "");
    expect(getPolicy().sections.length).toBeGreaterThan(0);
  });

  it("throws the content:check messages when the content is invalid", () => {
    const dir = contentDir(validFiles().filter((file) => file.path !== "content/contact.md"));
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    try {
      expect(() => getPolicy()).toThrow(InvalidContentError);
      expect(() => getPolicy()).toThrow(/run `npm run content:check` for the same list:\ncontent\/contact\.md: file: cannot be read/);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe("getTimeline and getPolicy", () => {
  /** A project with versions taking effect on 1 February and 1 June 2026, and a draft for 1 September; the site runs in it. */
  function runInVersionedProject(): void {
    const folders = ["2026-02-01", "2026-06-01", "2026-09-01"].map((effective) => versionFolder(effective));
    const dir = contentDir(contentFiles(folders, { drafts: ["2026-09-01"] }));
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    vi.stubEnv("SITE_URL", "");
  }
  const effective = (policies: readonly { version: { effective: string } }[]) => policies.map((policy) => policy.version.effective);

  it("is the version in effect on POLICY_TODAY, with the later ones upcoming", () => {
    runInVersionedProject();
    vi.stubEnv("POLICY_TODAY", "2026-05-31");
    expect(getPolicy().version.effective).toBe("2026-02-01");
    expect(effective(getTimeline().upcoming)).toEqual(["2026-06-01"]);
    vi.stubEnv("POLICY_TODAY", "2026-06-01");
    expect(getPolicy().version.effective).toBe("2026-06-01");
    expect(getTimeline().today).toBe("2026-06-01");
  });

  it("is the version in effect today in the policy's time zone when POLICY_TODAY is not set", () => {
    runInVersionedProject();
    vi.stubEnv("POLICY_TODAY", "");
    vi.useFakeTimers({ toFake: ["Date"] });
    // 23:30 UTC on 31 May is 1:30 on 1 June in Paris.
    vi.setSystemTime(new Date("2026-05-31T23:30:00Z"));
    expect(getPolicy().version.effective).toBe("2026-06-01");
  });

  it("shows drafts under next dev only, and never as the policy in effect", () => {
    runInVersionedProject();
    vi.stubEnv("POLICY_TODAY", "2026-10-01");
    expect(getTimeline().drafts).toEqual([]);
    expect(effective(getContent().drafts)).toEqual(["2026-09-01"]);
    vi.stubEnv("NODE_ENV", "development");
    expect(effective(getTimeline().drafts)).toEqual(["2026-09-01"]);
    expect(getPolicy().version.effective).toBe("2026-06-01");
  });

  it("throws when no version is in effect yet on the build date, or the build date is not a date", () => {
    runInVersionedProject();
    vi.stubEnv("POLICY_TODAY", "2026-01-31");
    expect(() => getPolicy()).toThrow("No version of the policy is in effect on 2026-01-31: the first one takes effect on 2026-02-01.");
    vi.stubEnv("POLICY_TODAY", "soon");
    expect(() => getPolicy()).toThrow("POLICY_TODAY=soon is not a date — write it as YYYY-MM-DD");
  });
});
