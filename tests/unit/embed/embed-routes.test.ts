import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_PATH_LIST } from "@/lib/apps/data-routes";
import { DATA_ROUTE_PATHS } from "@/lib/apps/data-route-headers";
import { ifNoneMatchMatches, revalidateDataRoute } from "@/lib/apps/data-route-revalidation";
import { loadContent } from "@/lib/content/load-content";
import { EMBED_SEGMENT } from "@/lib/embed/embed-params";
import { decideSectionPath } from "@/lib/section-redirect";

const routes = { ids: ["cookies", "your-rights"], aliases: new Map([["old-cookies", "cookies"]]), staticSegments: [EMBED_SEGMENT] };

describe("/privacy/embed beside the section pages", () => {
  it("serves /privacy/embed as it is", () => {
    expect(decideSectionPath("embed", routes)).toEqual({ action: "serve" });
  });

  it.each(["Embed", "EMBED", "%45mbed"])("redirects /privacy/%s to /privacy/embed", (segment) => {
    expect(decideSectionPath(segment, routes)).toEqual({ action: "redirect", id: "embed" });
  });

  it("still redirects section numbers and retired ids", () => {
    expect(decideSectionPath("1", routes)).toEqual({ action: "redirect", id: "cookies" });
    expect(decideSectionPath("old-cookies", routes)).toEqual({ action: "redirect", id: "cookies" });
  });

  it("is a name no section or retired anchor of the real policy uses (the static route would hide it)", () => {
    const { data } = loadContent(process.cwd(), { siteUrlOverride: "" });
    expect(data?.sections.map((section) => section.id)).not.toContain(EMBED_SEGMENT);
    expect(Object.keys(data?.anchorLock.aliases ?? {})).not.toContain(EMBED_SEGMENT);
  });
});

describe("data routes", () => {
  it("get their headers in next.config.ts and pass through proxy.ts: the three lists agree", () => {
    expect([...DATA_ROUTE_PATHS].sort()).toEqual([...DATA_PATH_LIST].sort());
    // The proxy's matcher is one regular expression over every path but the build's static files.
    const matcher = /matcher: \["(.+)"\]/.exec(fs.readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8"))?.[1]?.replace(/\\\\/g, "\\");
    const matches = new RegExp(`^${matcher}$`);
    for (const dataPath of DATA_PATH_LIST) expect(matches.test(dataPath), dataPath).toBe(true);
    expect(matches.test("/_next/static/chunks/a.js")).toBe(false);
  });

  it.each([
    ['"abc"', '"abc"', true],
    ['W/"abc"', '"abc"', true],
    ['"x", "abc"', '"abc"', true],
    ["*", '"abc"', true],
    ['"abd"', '"abc"', false],
    ["", '"abc"', false],
  ])("If-None-Match %s against %s: %s", (header, etag, expected) => {
    expect(ifNoneMatchMatches(header, etag)).toBe(expected);
  });

  it("answers 304 only to a conditional GET or HEAD of a data route", () => {
    expect(revalidateDataRoute("GET", "/privacy.json", null)).toBeNull();
    expect(revalidateDataRoute("POST", "/privacy.json", "*")).toBeNull();
    expect(revalidateDataRoute("GET", "/privacy", "*")).toBeNull();
    expect(revalidateDataRoute("GET", "/privacy.json", '"stale"')).toBeNull();
    const response = revalidateDataRoute("HEAD", "/privacy.txt", "*");
    expect(response?.status).toBe(304);
    expect(response?.headers.get("etag")).toMatch(/^"[\w-]{32}"$/);
  });
});
