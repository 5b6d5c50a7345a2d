import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent, timelineAt } from "@/lib/policy";
import {
  filesToRemove,
  gitignoreMatcher,
  isBuildSource,
  isCopiedProjectFile,
  MANIFEST_FILE,
  parseFixtureSiteArgs,
  siteFolderName,
  syncSite,
} from "@/scripts/fixture-site";
import { FIXTURE_SITE_DAYS, FIXTURE_SITES } from "@/tests/e2e/fixture-sites";
import { VERSIONED, VERSIONED_CONTENT_DIR } from "@/tests/fixtures/versioned-content";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const fixtureDir = path.join(projectRoot, VERSIONED_CONTENT_DIR);

describe("fixture-site: command line", () => {
  it("takes the content folder, the day and the port", () => {
    expect(parseFixtureSiteArgs(["--content", "tests/x", "--today", "2026-12-01", "--port", "3101"])).toEqual({ content: "tests/x", today: "2026-12-01", port: 3101 });
  });

  it.each([
    [["--today", "2026-12-01", "--port", "3101"], /--content is missing/],
    [["--content", "x", "--port", "3101"], /--today is missing/],
    [["--content", "x", "--today", "2026-13-01", "--port", "3101"], /--today 2026-13-01/],
    [["--content", "x", "--today", "1 Dec 2026", "--port", "3101"], /YYYY-MM-DD/],
    [["--content", "x", "--today", "2026-12-01"], /--port is missing/],
    [["--content", "x", "--today", "2026-12-01", "--port", "70000"], /1–65535/],
    [["--content", "x", "--today", "2026-12-01", "--port", "3101", "--bogus"], /usage:/],
  ])("refuses %j, saying how to fix it", (args, message) => {
    expect(() => parseFixtureSiteArgs(args)).toThrow(message);
  });
});

describe("fixture-site: which files the copy takes", () => {
  it("names each copy after its content folder and day", () => {
    expect(siteFolderName("tests/fixtures/versioned-content/", "2026-12-01")).toBe("versioned-content-2026-12-01");
  });

  it("leaves out the real content, the tests, the copies and node_modules", () => {
    expect(["app/layout.tsx", "scripts/start.mjs", "package.json", "contentious.ts"].every(isCopiedProjectFile)).toBe(true);
    expect(["content/policy.yaml", "tests/e2e/policy.spec.ts", ".sites/x/package.json", "node_modules/next/package.json"].some(isCopiedProjectFile)).toBe(false);
  });

  it("reads the project's .gitignore as git would (for when git is unavailable)", () => {
    const ignored = gitignoreMatcher(fs.readFileSync(path.join(projectRoot, ".gitignore"), "utf8"));
    for (const file of ["lib/generated/policy.json", "public/assets/a.js", "next-env.d.ts", "tsconfig.tsbuildinfo", "app/palette.generated.css", ".next/BUILD_ID", ".sites/x/y", "a/node_modules/b"]) {
      expect(ignored(file), file).toBe(true);
    }
    for (const file of ["lib/policy/files.ts", "public/robots.txt", "app/globals.css", "tsconfig.json", "scripts/generate.ts"]) expect(ignored(file), file).toBe(false);
  });

  it("matches names at any depth unless anchored, and folders only as folders", () => {
    const ignored = gitignoreMatcher("# comment\n\n*.log\n/build/\nout/\n");
    expect(["a.log", "x/b.log", "build/x", "out/x", "src/out/y"].every(ignored)).toBe(true);
    expect(["a.logs", "src/build/x", "out", "build"].some(ignored)).toBe(false);
  });

  it("removes what the last run gave and this one does not", () => {
    expect(filesToRemove(["b", "a", "c"], ["a"])).toEqual(["b", "c"]);
    expect(filesToRemove([], ["a"])).toEqual([]);
  });

  it("knows which removals make the build stale", () => {
    const sources = ["lib", "scripts/generate.ts"];
    expect(isBuildSource("lib/policy/x.ts", sources)).toBe(true);
    expect(isBuildSource("scripts/generate.ts", sources)).toBe(true);
    expect(isBuildSource("library/x.ts", sources)).toBe(false);
    expect(isBuildSource("README.md", sources)).toBe(false);
  });
});

describe("fixture-site: the fixture sites' ports", () => {
  it("puts each fixture site on its own port above the main site's, built as of its day", () => {
    const main = Number(process.env.E2E_PORT || 3100);
    expect(FIXTURE_SITE_DAYS.beforeSwitch.port).toBe(main + 1);
    expect(FIXTURE_SITE_DAYS.afterSwitch.port).toBe(main + 2);
    expect(FIXTURE_SITES.beforeSwitch).toBe(`http://127.0.0.1:${main + 1}`);
    expect(FIXTURE_SITES.today).toEqual({ beforeSwitch: "2026-12-01", afterSwitch: VERSIONED.v3 });
  });
});

describe("syncSite", () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A small project (scripts/build-state.mjs is the real one) and a content folder, side by side in one folder. */
  function smallProject() {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "fixture-site-"));
    temporary.push(base);
    const root = path.join(base, "project");
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write("scripts/build-state.mjs", fs.readFileSync(path.join(projectRoot, "scripts", "build-state.mjs"), "utf8"));
    write("package.json", "{}\n");
    write("package-lock.json", "{}\n");
    write("node_modules/pkg/index.js", "module.exports = 1;\n");
    write(".gitignore", "node_modules/\nlib/generated/\n.sites/\n");
    write("lib/a.ts", "export const a = 1;\n");
    write("lib/generated/made-by-build.json", "{}\n");
    write("README.md", "readme\n");
    write("content/policy.yaml", "the project's own content\n");
    write("tests/unit/x.test.ts", "\n");
    const content = path.join(base, "my-content");
    fs.mkdirSync(path.join(content, "versions"), { recursive: true });
    fs.writeFileSync(path.join(content, "policy.yaml"), "fixture\n");
    fs.writeFileSync(path.join(content, "versions", "v.yaml"), "v\n");
    const site = path.join(root, ".sites", "my-content-2026-12-01");
    return { root, content, site, write };
  }

  it.each([["without git", false], ["with git", true]])("copies, updates and prunes the project %s", async (_, withGit) => {
    const { root, content, site, write } = smallProject();
    if (withGit && spawnSync("git", ["init", "-q", root]).status !== 0) return;

    const first = await syncSite(root, content, site);
    const files = (JSON.parse(fs.readFileSync(path.join(site, MANIFEST_FILE), "utf8")) as { files: string[] }).files;
    expect(first).toEqual({ written: files.length, removed: 0, linked: true });
    // Without git, only the build's sources and scripts are taken: README.md is not one.
    expect(files).toEqual([
      "content/policy.yaml",
      "content/versions/v.yaml",
      "lib/a.ts",
      "package-lock.json",
      "package.json",
      ...(withGit ? [".gitignore", "README.md"] : []),
      "scripts/build-state.mjs",
    ].sort());
    expect(fs.readFileSync(path.join(site, "content/policy.yaml"), "utf8")).toBe("fixture\n");
    expect(fs.existsSync(path.join(site, "tests"))).toBe(false);
    expect(fs.existsSync(path.join(site, "lib/generated"))).toBe(false);
    // Hard links: the same file, not a copy and not a symlink out of the copy (which Next refuses).
    const linked = path.join(site, "node_modules/pkg/index.js");
    expect(fs.lstatSync(linked).ino).toBe(fs.statSync(path.join(root, "node_modules/pkg/index.js")).ino);
    expect(fs.lstatSync(path.join(site, "node_modules")).isSymbolicLink()).toBe(false);
    // Marks the copy as a workspace of its own for Next (see syncSite).
    expect(fs.statSync(path.join(site, ".git")).isDirectory()).toBe(true);

    // A second run with nothing changed writes nothing: mtimes stay, so the copy's build is not redone.
    const before = fs.statSync(path.join(site, "lib/a.ts")).mtimeMs;
    expect(await syncSite(root, content, site)).toEqual({ written: 0, removed: 0, linked: false });
    expect(fs.statSync(path.join(site, "lib/a.ts")).mtimeMs).toBe(before);

    // A change is copied; a file gone from the project goes from the copy, and the copy's build is then stale.
    write("lib/a.ts", "export const a = 2;\n");
    fs.mkdirSync(path.join(site, ".next"), { recursive: true });
    fs.writeFileSync(path.join(site, ".next/BUILD_ID"), "x");
    write("lib/b/c.ts", "\n");
    expect(await syncSite(root, content, site)).toMatchObject({ written: 2, removed: 0 });
    fs.rmSync(path.join(root, "lib/b"), { recursive: true });
    expect(await syncSite(root, content, site)).toMatchObject({ written: 0, removed: 1 });
    expect(fs.existsSync(path.join(site, "lib/b"))).toBe(false);
    expect(fs.existsSync(path.join(site, ".next/BUILD_ID"))).toBe(false);
    expect(fs.readFileSync(path.join(site, "lib/a.ts"), "utf8")).toBe("export const a = 2;\n");

    // New packages installed: node_modules is linked again.
    write("package-lock.json", '{ "changed": true }\n');
    expect(await syncSite(root, content, site)).toMatchObject({ linked: true });
  });

  it("refuses a folder that is not content", async () => {
    const { root, site } = smallProject();
    await expect(syncSite(root, path.join(root, "lib"), site)).rejects.toThrow(/no policy.yaml/);
  });
});

describe(`the fixture ${VERSIONED_CONTENT_DIR}`, () => {
  // Browser tests rely on VERSIONED: check it against the files, and the content against the real rules.
  const versionDir = (date: string) => path.join(fixtureDir, "versions", date, "sections");
  /** Every section file of a version: name → text. */
  const sections = (date: string) => new Map(fs.readdirSync(versionDir(date)).map((name) => [name, fs.readFileSync(path.join(versionDir(date), name), "utf8")]));
  /** The Markdown line of a clause in a version, or undefined. */
  const clause = (date: string, id: string) => [...sections(date).values()].flatMap((text) => text.split("\n")).find((line) => line.endsWith(`{#${id}}`));

  function loaded() {
    // loadContent reads ROOT/content: a folder whose content/ is the fixture.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "versioned-content-"));
    fs.symlinkSync(fixtureDir, path.join(root, "content"));
    try {
      return loadContent(root, { siteUrlOverride: "" });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }

  it("is valid content: three published versions and one draft", () => {
    const { data, errors } = loaded();
    expect(errors).toEqual([]);
    expect(data?.versions.map((policy) => [policy.version.effective, policy.version.announced, policy.version.significant])).toEqual([
      [VERSIONED.v1, VERSIONED.announced[VERSIONED.v1], VERSIONED.significant[VERSIONED.v1]],
      [VERSIONED.v2, VERSIONED.announced[VERSIONED.v2], VERSIONED.significant[VERSIONED.v2]],
      [VERSIONED.v3, VERSIONED.announced[VERSIONED.v3], VERSIONED.significant[VERSIONED.v3]],
    ]);
    expect(data?.drafts.map((policy) => policy.version.effective)).toEqual([VERSIONED.draft]);
  });

  it("has v2 in effect and v3 upcoming on the first fixture site's day, v3 alone on the second's", () => {
    const { data } = loaded();
    if (!data) throw new Error("invalid fixture");
    const before = timelineAt(data, FIXTURE_SITES.today.beforeSwitch);
    expect(before.current.version.effective).toBe(VERSIONED.v2);
    expect(before.upcoming.map((policy) => policy.version.effective)).toEqual([VERSIONED.v3]);
    const after = timelineAt(data, FIXTURE_SITES.today.afterSwitch);
    expect(after.current.version.effective).toBe(VERSIONED.v3);
    expect(after.upcoming).toEqual([]);
  });

  it("changes in v2 what VERSIONED says", () => {
    const { v1, v2, v3 } = VERSIONED;
    expect(clause(v1, VERSIONED.reworded)).toContain(VERSIONED.rewordedText.before);
    expect(clause(v2, VERSIONED.reworded)).toContain(VERSIONED.rewordedText.after);
    expect(clause(v1, VERSIONED.added)).toBeUndefined();
    expect(clause(v2, VERSIONED.added)).toContain(VERSIONED.addedText);
    expect(clause(v1, VERSIONED.removed)).toContain(VERSIONED.removedText);
    expect(clause(v2, VERSIONED.removed)).toBeUndefined();
    for (const date of [v2, v3]) expect(clause(date, VERSIONED.removedAlias)).toBeDefined();
    const anchors = JSON.parse(fs.readFileSync(path.join(fixtureDir, "anchors.json"), "utf8")) as { aliases: Record<string, string> };
    expect(anchors.aliases).toEqual({ [VERSIONED.removed]: VERSIONED.removedAlias });
    const addedSection = (date: string) => [...sections(date).keys()].find((name) => name.endsWith(`-${VERSIONED.addedSection}.md`));
    expect(addedSection(v1)).toBeUndefined();
    expect(addedSection(v2)).toBe(`${sections(v2).size}-${VERSIONED.addedSection}.md`);
    for (const id of VERSIONED.addedSectionClauses) expect(clause(v2, id)).toBeDefined();
    expect(clause(v1, VERSIONED.changedLink)).toContain(`[${VERSIONED.changedLinkText}](${VERSIONED.changedLinkHref.before})`);
    expect(clause(v2, VERSIONED.changedLink)).toContain(`[${VERSIONED.changedLinkText}](${VERSIONED.changedLinkHref.after})`);
    // The same words apart from the link's target.
    expect(clause(v1, VERSIONED.changedLink)?.replace(VERSIONED.changedLinkHref.before, "")).toBe(clause(v2, VERSIONED.changedLink)?.replace(VERSIONED.changedLinkHref.after, ""));
  });

  it("keeps the unchanged section byte for byte in every version", () => {
    const texts = [VERSIONED.v1, VERSIONED.v2, VERSIONED.v3, VERSIONED.draft].map((date) => [...sections(date)].find(([name]) => name.endsWith(`-${VERSIONED.unchangedSection}.md`))?.[1]);
    expect(texts[0]).toBeDefined();
    expect(new Set(texts).size).toBe(1);
  });

  it("changes in v3 the English files of the sections VERSIONED says", () => {
    const [v2, v3] = [sections(VERSIONED.v2), sections(VERSIONED.v3)];
    const names = [...new Set([...v2.keys(), ...v3.keys()])].sort();
    const changed = names.filter((name) => v2.get(name) !== v3.get(name)).map((name) => /^id: (.+)$/m.exec(v2.get(name) ?? v3.get(name) ?? "")?.[1]);
    expect(changed).toEqual(VERSIONED.sectionsChangedInV3);
  });

  it("translates v1 and v2 into French, with the same files, recorded in the lock; not v3 nor the draft", () => {
    const frenchDir = path.join(fixtureDir, "translations", "fr");
    expect(fs.readdirSync(path.join(frenchDir, "versions")).sort()).toEqual(VERSIONED.frenchVersions);
    for (const date of VERSIONED.frenchVersions) expect(fs.readdirSync(path.join(frenchDir, "versions", date, "sections")).sort()).toEqual([...sections(date).keys()].sort());
    const lock = JSON.parse(fs.readFileSync(path.join(fixtureDir, "versions.lock.json"), "utf8")) as Record<string, { translations?: Record<string, unknown> }>;
    expect(Object.keys(lock).filter((date) => lock[date]?.translations?.fr)).toEqual(VERSIONED.frenchVersions);

    const { data, warnings } = loaded();
    expect(data?.translations.map(({ language, approved, title, versions }) => ({ language, approved, title, versions: versions.map((version) => version.effective) }))).toEqual([
      { language: "fr", approved: false, title: VERSIONED.frenchTitle, versions: VERSIONED.frenchVersions },
    ]);
    // The one warning: v3, the newest published version, has no French yet.
    expect(warnings.map((warning) => warning.file)).toEqual([`content/translations/fr/versions/${VERSIONED.v3}`]);

    const frenchClause = (date: string, id: string) => {
      const dir = path.join(frenchDir, "versions", date, "sections");
      return fs.readdirSync(dir).flatMap((name) => fs.readFileSync(path.join(dir, name), "utf8").split("\n")).find((line) => line.endsWith(`{#${id}}`));
    };
    expect(frenchClause(VERSIONED.v1, VERSIONED.reworded)).toContain(VERSIONED.frenchRewordedText.before);
    expect(frenchClause(VERSIONED.v2, VERSIONED.reworded)).toContain(VERSIONED.frenchRewordedText.after);
  });

  it("changes one clause in v3 and one in the draft", () => {
    expect(clause(VERSIONED.v2, VERSIONED.v3Reworded)).toContain(VERSIONED.v3RewordedText.before);
    expect(clause(VERSIONED.v3, VERSIONED.v3Reworded)).toContain(VERSIONED.v3RewordedText.after);
    expect(clause(VERSIONED.v3, VERSIONED.draftReworded)).toContain(VERSIONED.draftRewordedText.before);
    expect(clause(VERSIONED.draft, VERSIONED.draftReworded)).toContain(VERSIONED.draftRewordedText.after);
  });
});
