import { describe, expect, it } from "vitest";
import { checkAnchorLock, recordAnchors } from "@/lib/policy/anchor-lock";

describe("recordAnchors", () => {
  it("adds every current anchor, sorted, and never removes a published one or an alias", () => {
    const lock = { published: ["b", "old"], aliases: { old: "b" } };
    expect(recordAnchors(["c", "a", "b"], lock)).toEqual({ published: ["a", "b", "c", "old"], aliases: { old: "b" } });
  });

  it("gives a lock that checkAnchorLock accepts", () => {
    const current = new Set(["a", "a--x", "b"]);
    expect(checkAnchorLock(current, recordAnchors(current, { published: [], aliases: {} }))).toEqual([]);
  });
});

describe("checkAnchorLock", () => {
  it("refuses an alias for an anchor that was never published", () => {
    expect(checkAnchorLock(new Set(["a"]), { published: ["a"], aliases: { ghost: "a" } })).toEqual([
      { file: "content/anchors.json", field: "aliases", message: '"ghost" was never published — add it to "published" or remove the alias' },
    ]);
  });

  it("names at most three unrecorded anchors", () => {
    expect(checkAnchorLock(new Set(["a", "b", "c", "d"]), { published: [], aliases: {} })[0]?.message).toBe(
      "4 anchors are not recorded (a, b, c, …) — run npm run content:anchors to record new anchors",
    );
  });
});
