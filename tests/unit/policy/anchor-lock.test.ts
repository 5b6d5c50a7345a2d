import { describe, expect, it } from "vitest";
import { formatContentError } from "@/lib/policy";
import { checkAnchorLock, recordAnchors } from "@/lib/policy/anchor-lock";
import { parseContent } from "@/lib/policy/parse-policy";
import { contentFiles, publishedAnchors, versionFolder } from "./fixture-content";

/** The anchors of a single published version, as parseContent hands them to checkAnchorLock. */
const only = (anchors: string[]) => ({ newest: new Set(anchors), newestDate: "2026-02-01", everPublished: new Set(anchors) });

describe("recordAnchors", () => {
  it("adds every current anchor, sorted, and never removes a published one or an alias", () => {
    const lock = { published: ["b", "old"], aliases: { old: "b" } };
    expect(recordAnchors(["c", "a", "b"], lock)).toEqual({ published: ["a", "b", "c", "old"], aliases: { old: "b" } });
  });

  it("gives a lock that checkAnchorLock accepts", () => {
    const current = ["a", "a--x", "b"];
    expect(checkAnchorLock(only(current), recordAnchors(current, { published: [], aliases: {} }))).toEqual([]);
  });
});

describe("checkAnchorLock", () => {
  it("refuses an alias for an anchor that was never published", () => {
    expect(checkAnchorLock(only(["a"]), { published: ["a"], aliases: { ghost: "a" } })).toEqual([
      { file: "content/anchors.json", field: "aliases", message: '"ghost" was never published — add it to "published" or remove the alias' },
    ]);
  });

  it("names at most three unrecorded anchors", () => {
    expect(checkAnchorLock(only(["a", "b", "c", "d"]), { published: [], aliases: {} })[0]?.message).toBe(
      "4 anchors are not recorded (a, b, c, …) — run npm run content:anchors to record new anchors",
    );
  });

  it("checks the published anchors against the newest version, naming its date", () => {
    const anchors = { newest: new Set(["a"]), newestDate: "2026-06-01", everPublished: new Set(["a", "b"]) };
    expect(checkAnchorLock(anchors, { published: ["a", "b"], aliases: {} })).toEqual([
      {
        file: "content/anchors.json",
        field: "published",
        message:
          'anchor "b" no longer exists in the newest version (2026-06-01) — restore it (put {#b} back at the end of its clause, or the section id back), or declare an alias to where it moved: "aliases": { "b": "NEW-ANCHOR" }',
      },
    ]);
  });

  it("wants the anchors of every published version recorded, not only the newest one's", () => {
    const anchors = { newest: new Set(["a"]), newestDate: "2026-06-01", everPublished: new Set(["a", "old"]) };
    expect(checkAnchorLock(anchors, { published: ["a"], aliases: {} }).map((error) => error.message)).toEqual([
      "1 anchor is not recorded (old) — run npm run content:anchors to record new anchors",
    ]);
  });
});

describe("anchors across versions", () => {
  /** The fixture's section 3 with its clause reworded: charlie--text is gone, charlie--reworded is new. */
  const REWORDED = { charlie: "Reworded. {#charlie--reworded}" };
  const OLD = "2026-02-01";
  const NEW = "2026-06-01";
  const everyAnchor = [...publishedAnchors(), "charlie--reworded"];

  const problems = (files: ReturnType<typeof contentFiles>) => parseContent(files).errors.map(formatContentError);

  it("needs an alias for an anchor the newest version removed, even though an older version still has it", () => {
    const files = contentFiles([versionFolder(OLD), versionFolder(NEW, { bodies: REWORDED })], { anchors: everyAnchor });
    expect(problems(files)).toEqual([
      `content/anchors.json: published: anchor "charlie--text" no longer exists in the newest version (${NEW}) — restore it (put {#charlie--text} back at the end of its clause, or the section id back), or declare an alias to where it moved: "aliases": { "charlie--text": "NEW-ANCHOR" }`,
    ]);
  });

  it("accepts the removal once an alias sends the old anchor to the new one", () => {
    const files = contentFiles([versionFolder(OLD), versionFolder(NEW, { bodies: REWORDED })], {
      anchors: everyAnchor,
      aliases: { "charlie--text": "charlie--reworded" },
    });
    expect(problems(files)).toEqual([]);
  });

  it("needs an alias for an anchor only a middle version had: every anchor ever published must keep landing", () => {
    // The middle version reworded charlie--text to charlie--reworded; the newest has charlie--text back.
    const files = contentFiles([versionFolder(OLD), versionFolder("2026-04-01", { bodies: REWORDED }), versionFolder(NEW)], { anchors: everyAnchor });
    expect(problems(files)).toEqual([expect.stringContaining(`anchor "charlie--reworded" no longer exists in the newest version (${NEW})`)]);
    const aliased = contentFiles([versionFolder(OLD), versionFolder("2026-04-01", { bodies: REWORDED }), versionFolder(NEW)], {
      anchors: everyAnchor,
      aliases: { "charlie--reworded": "charlie--text" },
    });
    expect(problems(aliased)).toEqual([]);
  });

  it("keeps each version's own anchors, and gives a version retired anchors only for what it lacks", () => {
    const files = contentFiles([versionFolder(OLD), versionFolder(NEW, { bodies: REWORDED })], {
      anchors: everyAnchor,
      aliases: { "charlie--text": "charlie--reworded" },
    });
    const { data, errors } = parseContent(files);
    expect(errors).toEqual([]);
    const [older, newer] = data?.versions ?? [];
    expect(older?.version.effective).toBe(OLD);
    expect(older?.sections[2]?.clauses).toEqual([{ kind: "paragraph", id: "charlie--text" }]);
    // The older version still has charlie--text, and lacks the alias's target: the alias is not for it.
    expect(older?.retiredAnchors).toEqual(new Map());
    expect(newer?.version.effective).toBe(NEW);
    expect(newer?.sections[2]?.clauses).toEqual([{ kind: "paragraph", id: "charlie--reworded" }]);
    expect(newer?.retiredAnchors).toEqual(new Map([["charlie--reworded", ["charlie--text"]]]));
  });

  it("wants the anchors of every published version recorded, also those the newest version dropped", () => {
    // Only the older version has charlie--old-item, and the lock does not record it.
    const files = contentFiles([versionFolder(OLD, { bodies: { charlie: "Text. {#charlie--text}\n\n- Old item {#charlie--old-item}" } }), versionFolder(NEW)]);
    expect(problems(files)).toEqual([
      "content/anchors.json: published: 1 anchor is not recorded (charlie--old-item) — run npm run content:anchors to record new anchors",
    ]);
  });

  it("does not check the anchors of a draft until it is published", () => {
    const draft = versionFolder("2026-09-01", { bodies: { charlie: "Draft wording. {#charlie--draft-wording}" } });
    const files = contentFiles([versionFolder(OLD), draft], { drafts: ["2026-09-01"] });
    const { data, errors } = parseContent(files);
    expect(errors).toEqual([]);
    expect(data?.drafts.map((policy) => policy.version.effective)).toEqual(["2026-09-01"]);
    // Published, the same folder loses charlie--text and adds an unrecorded anchor.
    expect(problems(contentFiles([versionFolder(OLD), draft]))).toEqual([
      expect.stringContaining('anchor "charlie--text" no longer exists in the newest version (2026-09-01)'),
      "content/anchors.json: published: 1 anchor is not recorded (charlie--draft-wording) — run npm run content:anchors to record new anchors",
    ]);
  });
});
