import { describe, expect, it } from "vitest";
import { buildSiteManifest, dataResponse, etagOf } from "@/lib/http/data-responses";
import { siteManifestSchema } from "@/lib/http/site-manifest";
import { DATA_FORMATS } from "@/lib/outputs/data-formats";
import { DATA_PATHS, type DataFormat } from "@/lib/outputs/paths";
import { fixtureTimeline } from "../policy/fixture-content";

const timeline = fixtureTimeline({}, { "old-bravo": "bravo" });
const policy = timeline.current;
const formats = Object.keys(DATA_PATHS) as DataFormat[];

describe("buildSiteManifest", () => {
  const manifest = buildSiteManifest(timeline);

  it("lists the section ids in number order and the retired anchors", () => {
    expect(manifest.sectionIds).toEqual(policy.sections.map((section) => section.id));
    expect(manifest.aliases).toEqual({ "old-bravo": "bravo" });
  });

  it("gives each data route the ETag of the body the route serves", () => {
    for (const format of formats) expect(manifest.etags[DATA_PATHS[format]]).toBe(dataResponse(timeline, format).headers.ETag);
  });

  it("is what the proxy's schema accepts, after a round trip through JSON", () => {
    expect(siteManifestSchema.parse(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });
});

describe("dataResponse", () => {
  it("serves a format's body with its media type and a strong ETag", () => {
    for (const format of formats) {
      const { body, headers } = dataResponse(timeline, format);
      expect(body).toBe(DATA_FORMATS[format].body(timeline));
      expect(headers).toEqual({ "Content-Type": DATA_FORMATS[format].contentType, ETag: etagOf(body) });
    }
  });
});

describe("etagOf", () => {
  it("is a quoted 32-character hash that changes with the body", () => {
    expect(etagOf("a")).toMatch(/^"[\w-]{32}"$/);
    expect(etagOf("a")).toBe(etagOf("a"));
    expect(etagOf("a")).not.toBe(etagOf("b"));
  });
});
