import { describe, expect, it } from "vitest";
import type { Policy, Section } from "@/lib/policy";
import { changedIds, compareVersions, type Redline, type TextPart } from "@/lib/outputs/redline";
import { fixturePolicy } from "../policy/fixture-content";

/**
 * Versions are the fixture policy with some section bodies replaced; sections are added, removed or retitled by
 * editing the parsed value, which is all compareVersions reads. Only `version` knows how a policy is built.
 */
const BASE = {
  alpha: "We keep your data for one year. {#alpha--keep}\n\nWe never sell it. {#alpha--sell}\n",
  bravo: "- Cookies that keep you signed in. {#bravo--signed-in}\n- Cookies that count visits. {#bravo--count}\n- Cookies that remember your language. {#bravo--language}\n",
  charlie: "Write to the [Contact Page](/contact) to ask. {#charlie--ask}\n",
};

function version(bodies: Record<string, string> = {}, edit: (sections: Section[]) => Section[] = (sections) => sections): Policy {
  const policy = fixturePolicy({ ...BASE, ...bodies });
  return { ...policy, sections: edit(policy.sections).map((section, index) => ({ ...section, number: index + 1 })) };
}
const without =
  (id: string) =>
  (sections: Section[]): Section[] =>
    sections.filter((section) => section.id !== id);
const retitled =
  (id: string, title: string) =>
  (sections: Section[]): Section[] =>
    sections.map((section) => (section.id === id ? { ...section, title } : section));

/** The redline, after checking the parts are as promised: never empty, never two in a row of the same kind. */
function compare(older: Policy, newer: Policy): Redline {
  const redline = compareVersions(older, newer);
  const partLists = redline.sections.flatMap((section) => [section.title, ...section.clauses.map((clause) => clause.parts)]);
  for (const parts of partLists) {
    for (const [index, part] of parts.entries()) {
      expect(part.text).not.toBe("");
      expect(part.change).not.toBe(parts[index - 1]?.change);
    }
  }
  return redline;
}
const section = (redline: Redline, id: string) => redline.sections.find((candidate) => candidate.id === id);
const clause = (redline: Redline, id: string) => redline.sections.flatMap((candidate) => candidate.clauses).find((candidate) => candidate.id === id);
const same = (text: string): TextPart => ({ text, change: "same" });
const added = (text: string): TextPart => ({ text, change: "added" });
const removed = (text: string): TextPart => ({ text, change: "removed" });

describe("compareVersions", () => {
  it("marks a reworded clause as changed with the removed and added words", () => {
    const redline = compare(version(), version({ alpha: "We keep your data for two years. {#alpha--keep}\n\nWe never sell it. {#alpha--sell}\n" }));
    expect(clause(redline, "alpha--keep")).toEqual({
      id: "alpha--keep",
      kind: "paragraph",
      status: "changed",
      parts: [same("We keep your data for "), removed("one year"), added("two years"), same(".")],
    });
    expect(clause(redline, "alpha--sell")).toEqual({ id: "alpha--sell", kind: "paragraph", status: "unchanged", parts: [same("We never sell it.")] });
    expect(section(redline, "alpha")?.status).toBe("changed");
  });

  it("marks a new clause as added, all its words added, at its place in the newer version", () => {
    const bravo = BASE.bravo.replace("- Cookies that count", "- Cookies that secure forms. {#bravo--forms}\n- Cookies that count");
    const redline = compare(version(), version({ bravo }));
    expect(section(redline, "bravo")?.clauses.map(({ id, status }) => [id, status])).toEqual([
      ["bravo--signed-in", "unchanged"],
      ["bravo--forms", "added"],
      ["bravo--count", "unchanged"],
      ["bravo--language", "unchanged"],
    ]);
    expect(clause(redline, "bravo--forms")).toEqual({ id: "bravo--forms", kind: "item", status: "added", parts: [added("Cookies that secure forms.")] });
    expect(section(redline, "bravo")?.status).toBe("changed");
  });

  it("gives an added clause without words no parts rather than an empty one", () => {
    const redline = compare(version(), version({ charlie: `${BASE.charlie}\n- {#charlie--empty}\n` }));
    expect(clause(redline, "charlie--empty")).toEqual({ id: "charlie--empty", kind: "item", status: "added", parts: [] });
  });

  it("marks a deleted clause as removed, all its words removed", () => {
    const redline = compare(version(), version({ bravo: "- Cookies that keep you signed in. {#bravo--signed-in}\n- Cookies that remember your language. {#bravo--language}\n" }));
    expect(clause(redline, "bravo--count")).toEqual({ id: "bravo--count", kind: "item", status: "removed", parts: [removed("Cookies that count visits.")] });
    expect(section(redline, "bravo")?.status).toBe("changed");
  });

  it("places a removed clause after the clause that preceded it, before one added in its stead", () => {
    const bravo = BASE.bravo.replace("- Cookies that count visits. {#bravo--count}", "- Cookies that measure speed. {#bravo--speed}");
    const redline = compare(version(), version({ bravo }));
    expect(section(redline, "bravo")?.clauses.map(({ id, status }) => [id, status])).toEqual([
      ["bravo--signed-in", "unchanged"],
      ["bravo--count", "removed"],
      ["bravo--speed", "added"],
      ["bravo--language", "unchanged"],
    ]);
  });

  it("keeps moved clauses once, in the newer order, unchanged, and marks their section changed", () => {
    const bravo = "- Cookies that remember your language. {#bravo--language}\n- Cookies that keep you signed in. {#bravo--signed-in}\n- Cookies that count visits. {#bravo--count}\n";
    const redline = compare(version(), version({ bravo }));
    expect(section(redline, "bravo")?.clauses.map(({ id, status }) => [id, status])).toEqual([
      ["bravo--language", "unchanged"],
      ["bravo--signed-in", "unchanged"],
      ["bravo--count", "unchanged"],
    ]);
    expect(section(redline, "bravo")?.status).toBe("changed");
  });

  it("marks a new section as added, its title and every clause added, numbered as in the newer version", () => {
    const redline = compare(version({}, without("delta")), version());
    expect(section(redline, "delta")).toEqual({
      id: "delta",
      number: 4,
      title: [added("Section delta")],
      status: "added",
      clauses: [{ id: "delta--text", kind: "paragraph", status: "added", parts: [added("Text of section 4.")] }],
    });
    // Renumbered by the insertion, but not reworded: not a change.
    expect(section(redline, "echo")).toMatchObject({ number: 5, status: "unchanged" });
  });

  it("keeps a removed section, all removed, after the section that preceded it in the older version", () => {
    const redline = compare(version(), version({}, without("delta")));
    expect(redline.sections.map(({ id }) => id)).toEqual(["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]);
    expect(section(redline, "delta")).toEqual({
      id: "delta",
      number: 4,
      title: [removed("Section delta")],
      status: "removed",
      clauses: [{ id: "delta--text", kind: "paragraph", status: "removed", parts: [removed("Text of section 4.")] }],
    });
    expect(section(redline, "echo")).toMatchObject({ number: 4, status: "unchanged" });
  });

  it("shows a link whose address changed but whose words did not as the whole old address removed and the new one added", () => {
    const redline = compare(version(), version({ charlie: "Write to the [Contact Page](/privacy#bravo) to ask. {#charlie--ask}\n" }));
    expect(clause(redline, "charlie--ask")).toMatchObject({
      status: "changed",
      parts: [same("Write to the Contact Page ("), removed("/contact"), added("/privacy#bravo"), same(") to ask.")],
    });
  });

  it("compares addresses whole even where they share words with the text, and changes nothing else", () => {
    const older = version({ charlie: "See [contact](/contact) or contact us at [mail](mailto:a@example.org). {#charlie--ask}\n" });
    const newer = version({ charlie: "See [contact](/privacy#bravo) or contact us at [mail](mailto:a@example.org). {#charlie--ask}\n" });
    expect(clause(compare(older, newer), "charlie--ask")?.parts).toEqual([
      same("See contact ("),
      removed("/contact"),
      added("/privacy#bravo"),
      same(") or contact us at mail (a@example.org)."),
    ]);
  });

  it("diffs a retitled section's title word by word and marks the section changed though no clause changed", () => {
    const redline = compare(version(), version({}, retitled("echo", "Section echo, renamed")));
    expect(section(redline, "echo")).toMatchObject({ status: "changed", title: [same("Section echo"), added(", renamed")] });
    expect(section(redline, "echo")?.clauses.map(({ status }) => status)).toEqual(["unchanged"]);
  });

  it("reports the sections around a change as unchanged, with their text as one unchanged part", () => {
    const redline = compare(version(), version({}, retitled("echo", "Section echo, renamed")));
    const others = redline.sections.filter(({ id }) => id !== "echo");
    expect(others).toHaveLength(9);
    for (const other of others) {
      expect(other.status).toBe("unchanged");
      expect(other.title).toEqual([same(`Section ${other.id}`)]);
      for (const { status, parts } of other.clauses) expect([status, parts.length, parts[0]?.change]).toEqual(["unchanged", 1, "same"]);
    }
  });

  it("finds no change between two separately built identical versions", () => {
    const redline = compare(version(), version());
    expect(redline.sections.filter(({ status }) => status !== "unchanged")).toEqual([]);
    expect(changedIds(redline)).toEqual({
      sections: { added: [], removed: [], changed: [] },
      clauses: { added: [], removed: [], changed: [] },
    });
  });

  it("does not count a difference in whitespace alone as a change", () => {
    const redline = compare(version(), version({ alpha: "We keep your data  \nfor one year. {#alpha--keep}\n\nWe never sell it. {#alpha--sell}\n" }));
    expect(clause(redline, "alpha--keep")).toMatchObject({ status: "unchanged", parts: [{ change: "same" }] });
    expect(section(redline, "alpha")?.status).toBe("unchanged");
  });
});

describe("changedIds", () => {
  it("lists added, removed and changed ids in document order, counting the clauses of added and removed sections", () => {
    const older = version({}, without("foxtrot"));
    const newer = version(
      {
        alpha: "We keep your data for two years. {#alpha--keep}\n\nWe never sell it. {#alpha--sell}\n",
        bravo: "- Cookies that keep you signed in. {#bravo--signed-in}\n- Cookies that secure forms. {#bravo--forms}\n",
      },
      (sections) => retitled("juliet", "Last words")(without("delta")(sections)),
    );
    expect(changedIds(compare(older, newer))).toEqual({
      sections: { added: ["foxtrot"], removed: ["delta"], changed: ["alpha", "bravo", "juliet"] },
      clauses: {
        added: ["bravo--forms", "foxtrot--text"],
        removed: ["bravo--count", "bravo--language", "delta--text"],
        changed: ["alpha--keep"],
      },
    });
  });
});
