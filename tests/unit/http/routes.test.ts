import { describe, expect, it } from "vitest";
import { decidePath } from "@/lib/http/redirects";
import { RESERVED_SECTION_IDS, reservedIdProblems, ROUTES, sourcesOf } from "@/lib/http/routes";
import { DATA_PATHS, EMBED_SEGMENT } from "@/lib/outputs/paths";
import { realContent } from "../policy/fixture-content";

describe("the route table", () => {
  it("has one row per address kind, the data routes from DATA_PATHS", () => {
    expect(sourcesOf("data")).toEqual([...Object.values(DATA_PATHS), "/fr/privacy.json", "/fr/privacy.txt", "/fr/privacy.md"]);
    expect(sourcesOf("embed")).toEqual(["/privacy/embed", "/privacy/embed/:id", "/fr/privacy/embed", "/fr/privacy/embed/:id"]);
    expect(sourcesOf("section")).toEqual(["/privacy/:id", "/fr/privacy/:id"]);
    expect(ROUTES.map((route) => route.source)).toContain("/assets/:file");
  });

  it("mirrors every English page under /fr, and the policy's own formats but not the feed or versions.json", () => {
    const sources = ROUTES.map((route) => route.source);
    for (const route of ROUTES.filter((candidate) => candidate.kind === "page" && !candidate.source.startsWith("/fr/"))) expect(sources).toContain(`/fr${route.source}`);
    expect(sources).not.toContain("/fr/privacy/feed.xml");
    expect(sources).not.toContain("/fr/privacy/versions.json");
  });
});

describe("reservedIdProblems", () => {
  it("reports a section whose id is a reserved segment, such as embed", () => {
    expect(RESERVED_SECTION_IDS).toContain(EMBED_SEGMENT);
    expect(reservedIdProblems(["cookies", "embed", "contact"])).toEqual([
      { id: "embed", message: '"embed" is reserved for /privacy/embed, a page of its own — choose another id' },
    ]);
  });

  it("has nothing to say about ids that take no route's segment", () => {
    expect(reservedIdProblems(["cookies", "embedded", "privacy", "contact"])).toEqual([]);
  });

  it("refuses a section id made of digits, or serves it: /privacy/N is also the address of section number N", () => {
    // Section 5 has the id "2" (accepted by the schema when quoted: id: "2"). Its page must be reachable at
    // /privacy/2, or content:check must refuse the id; today /privacy/2 redirects to section 2, bravo.
    const sectionIds = ["alpha", "bravo", "charlie", "delta", "2"];
    const refused = reservedIdProblems(sectionIds).some((problem) => problem.id === "2");
    const served = decidePath("/privacy/2", { sectionIds, aliases: {}, versions: [] }).action === "serve";
    expect(refused || served, `decidePath("/privacy/2") = ${JSON.stringify(decidePath("/privacy/2", { sectionIds, aliases: {}, versions: [] }))}`).toBe(true);
  });

  it("finds no reserved id, section or retired anchor, in any version of the real policy (the static route would hide it)", () => {
    const { versions, drafts } = realContent();
    expect(versions.length).toBeGreaterThan(0);
    for (const policy of [...versions, ...drafts]) {
      expect(reservedIdProblems(policy.sections.map((section) => section.id)), policy.version.file).toEqual([]);
      expect(Object.keys(policy.anchorLock.aliases).filter((alias) => RESERVED_SECTION_IDS.includes(alias)), policy.version.file).toEqual([]);
    }
  });
});
