import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatContentError, getPolicy, InvalidContentError, loadPolicy, todayUtc } from "@/lib/policy";
import { readContentFiles, readSiteIconDataUri } from "@/lib/policy/files";
import { markdownParseCount } from "@/lib/policy/markdown";
import { TODAY, validFiles, writeContentDir } from "./fixture-content";

const tempDirs: string[] = [];
function contentDir(files = validFiles()): string {
  const dir = writeContentDir(files);
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("readContentFiles", () => {
  it("reads the metadata, the contact page, the anchor lock and the section files in name order", () => {
    const { files, errors } = readContentFiles(contentDir());
    expect(errors).toEqual([]);
    expect(files.map((file) => file.path)).toEqual([
      "content/policy.yaml",
      "content/contact.md",
      "content/anchors.json",
      ...validFiles()
        .map((file) => file.path)
        .filter((file) => file.startsWith("content/sections/"))
        .sort(),
    ]);
  });

  it("reports a missing file or folder instead of throwing", () => {
    const dir = contentDir();
    fs.rmSync(path.join(dir, "content", "contact.md"));
    fs.rmSync(path.join(dir, "content", "sections"), { recursive: true });
    expect(readContentFiles(dir).errors.map(formatContentError)).toEqual([
      "content/contact.md: file: cannot be read (it does not exist) — restore the file",
      "content/sections: folder: cannot be read (it does not exist) — restore the folder with one Markdown file per section",
    ]);
  });

  it("skips hidden files in the sections folder", () => {
    const dir = contentDir();
    fs.writeFileSync(path.join(dir, "content", "sections", ".DS_Store"), "");
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

describe("loadPolicy", () => {
  it("returns the policy of a folder, and no policy with every error when a file cannot be read", () => {
    const dir = contentDir();
    expect(loadPolicy(dir, { today: TODAY, siteUrlOverride: "" }).data?.sections).toHaveLength(10);
    fs.rmSync(path.join(dir, "content", "anchors.json"));
    const broken = loadPolicy(dir, { today: "2026-06-16", siteUrlOverride: "" });
    expect(broken.data).toBeNull();
    expect(broken.errors.map(formatContentError)).toContain("content/anchors.json: file: cannot be read (it does not exist) — restore the file");
  });

  it("reads and parses a folder once per process for the same options", () => {
    const dir = contentDir();
    const first = loadPolicy(dir, { today: TODAY, siteUrlOverride: "" });
    const parses = markdownParseCount();
    expect(loadPolicy(dir, { today: TODAY, siteUrlOverride: "" })).toBe(first);
    expect(markdownParseCount()).toBe(parses);
    expect(loadPolicy(dir, { today: TODAY, siteUrlOverride: "https://staging.example.com" })).not.toBe(first);
  });

  it("reads the content again on every call under next dev, so that an edit shows at the next reload", () => {
    const dir = contentDir();
    loadPolicy(dir, { today: TODAY, siteUrlOverride: "" });
    vi.stubEnv("NODE_ENV", "development");
    const sectionFile = path.join(dir, "content", "sections", "02-bravo.md");
    fs.writeFileSync(sectionFile, fs.readFileSync(sectionFile, "utf8").replace("title: Section bravo", "title: Edited"));
    const parses = markdownParseCount();
    expect(loadPolicy(dir, { today: TODAY, siteUrlOverride: "" }).data?.sections[1]?.title).toBe("Edited");
    expect(markdownParseCount()).toBe(parses + 11);
  });

  it("takes SITE_URL from the environment unless told otherwise", () => {
    vi.stubEnv("SITE_URL", "http://127.0.0.1:4000");
    expect(loadPolicy(contentDir(), { today: TODAY }).data?.metadata.siteUrl).toBe("http://127.0.0.1:4000");
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

describe("todayUtc", () => {
  it("is the UTC date, whatever the time zone", () => {
    expect(todayUtc(new Date("2026-11-26T23:30:00-05:00"))).toBe("2026-11-27");
  });
});
