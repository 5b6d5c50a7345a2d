import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { atomFeed } from "@/lib/outputs/atom-feed";
import { policyDocument } from "@/lib/outputs/policy-json";
import { versionEntries } from "@/lib/outputs/version-history";
import { versionsDocument, versionsJsonSchema } from "@/lib/outputs/versions-json";
import { timelineAt } from "@/lib/policy";
import { loadVersionedContent } from "../../fixtures/load-versioned-content";
import { VERSIONED } from "../../fixtures/versioned-content";

afterEach(() => vi.useRealTimers());

const content = loadVersionedContent;
const before = () => timelineAt(content(), "2026-12-01");
const after = () => timelineAt(content(), VERSIONED.v3);

describe("the versions as of a day", () => {
  it("lists every published version newest first, with where each stands, and no draft", () => {
    expect(versionEntries(before()).map(({ policy, status }) => [policy.version.effective, status])).toEqual([
      [VERSIONED.v3, "upcoming"],
      [VERSIONED.v2, "in-effect"],
      [VERSIONED.v1, "superseded"],
    ]);
    expect(versionEntries(after()).map(({ status }) => status)).toEqual(["in-effect", "superseded", "superseded"]);
  });

  it("shows drafts only when asked (next dev), marked as drafts", () => {
    const entries = versionEntries(timelineAt(content(), "2026-12-01", { withDrafts: true }));
    expect(entries[0]).toMatchObject({ status: "draft", policy: { version: { effective: VERSIONED.draft, announced: null } } });
  });
});

describe("/privacy/versions.json", () => {
  const validate = () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    return ajv.compile(versionsJsonSchema("https://smartsiptv.fr"));
  };

  it("is valid against the JSON Schema generated from its zod schema", () => {
    const check = validate();
    for (const timeline of [before(), after()]) expect(check(versionsDocument(timeline)), JSON.stringify(check.errors)).toBe(true);
  });

  it("lists per version the ids of the sections and clauses added, removed and changed", () => {
    const [v3, v2, v1] = versionsDocument(before()).versions;
    expect(v1).toMatchObject({ effective: VERSIONED.v1, previous: null, changes: null, changesUrl: null });
    expect(v2?.changes?.sections).toEqual({ added: [VERSIONED.addedSection], removed: [], changed: expect.arrayContaining(["information-we-collect", "data-retention", "your-rights"]) });
    expect(v2?.changes?.sections.changed).not.toContain(VERSIONED.unchangedSection);
    expect(v2?.changes?.clauses.added).toEqual(expect.arrayContaining([VERSIONED.added, ...VERSIONED.addedSectionClauses]));
    expect(v2?.changes?.clauses.removed).toEqual([VERSIONED.removed]);
    expect(v2?.changes?.clauses.changed).toEqual(expect.arrayContaining([VERSIONED.reworded, VERSIONED.changedLink]));
    expect(v3?.changes?.clauses).toEqual({ added: [], removed: [], changed: [VERSIONED.v3Reworded] });
    expect(v3).toMatchObject({ status: "upcoming", significant: true, announced: VERSIONED.announced[VERSIONED.v3] });
  });

  it("names the version in effect, which /privacy.json carries", () => {
    const timeline = before();
    expect(versionsDocument(timeline).inEffect).toBe(VERSIONED.v2);
    expect(policyDocument(timeline.current).version).toMatchObject({ effective: VERSIONED.v2, significant: true, summary: expect.any(String) });
  });
});

describe("/privacy/feed.xml", () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);

  it("has what RFC 4287 requires of a feed and of each entry", () => {
    const { feed } = parse(atomFeed(before()));
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toMatch(/^tag:smartsiptv\.fr,\d{4}-\d{2}-\d{2}:/);
    expect(feed.title).toEqual(expect.any(String));
    expect(feed.author.name).toBe("smartsiptv.fr");
    expect(feed.link).toContainEqual({ rel: "self", href: "https://smartsiptv.fr/privacy/feed.xml" });
    const entries: { id: string; title: unknown; updated: string; link: { href: string } }[] = feed.entry;
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:smartsiptv\.fr,\d{4}-\d{2}-\d{2}:\/privacy\/versions\/\d{4}-\d{2}-\d{2}$/);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    }
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(3);
  });

  it("dates each entry from the day its version was announced, at midnight in Paris, and links to its changes", () => {
    const entries: { updated: string; link: { href: string }; summary: { "#text": string } }[] = parse(atomFeed(before())).feed.entry;
    // 1 May 2026 begins at 22:00 UTC the day before (summer time); 20 November at 23:00 UTC.
    expect(entries.map((entry) => entry.updated)).toEqual(["2026-11-19T23:00:00.000Z", "2026-04-30T22:00:00.000Z", "2025-12-31T23:00:00.000Z"]);
    expect(entries.map((entry) => entry.link.href)).toEqual([
      `https://smartsiptv.fr/privacy/versions/${VERSIONED.v3}/changes`,
      `https://smartsiptv.fr/privacy/versions/${VERSIONED.v2}/changes`,
      `https://smartsiptv.fr/privacy/versions/${VERSIONED.v1}`,
    ]);
    expect(entries[0]?.summary["#text"]).toContain("Effective 15 January 2027.");
  });

  it("is the same bytes whenever it is built: nothing in it comes from the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-01T10:00:00Z"));
    const early = atomFeed(before());
    vi.setSystemTime(new Date("2027-03-01T10:00:00Z"));
    expect(atomFeed(after())).toBe(early);
    expect(parse(early).feed.updated).toBe("2026-11-19T23:00:00.000Z");
  });
});
