import { z } from "zod";

/**
 * What the proxy needs to know about the built site, written at build time (scripts/generate.ts, with
 * buildSiteManifest) and bundled into proxy.ts, so that no request ever reads or renders content/: the section ids
 * in number order, the retired anchors, and each data route's ETag. This module is all the proxy bundles of it:
 * nothing here renders.
 */
export const siteManifestSchema = z.strictObject({
  sectionIds: z.array(z.string()),
  /** Retired anchor → current anchor (content/anchors.json), those the version in effect needs. */
  aliases: z.record(z.string(), z.string()),
  /** The effective dates of the published versions, oldest first: the addresses /privacy/versions/DATE. */
  versions: z.array(z.iso.date()),
  /**
   * The day the build was made for, in the policy's time zone, and the next day a version takes effect: from then
   * on this build is out of date (scripts/build-state.mjs rebuilds).
   */
  builtFor: z.strictObject({ today: z.iso.date(), timeZone: z.string(), nextChange: z.iso.date().nullable() }),
  /**
   * Every address a translation serves, by language: the proxy answers any other address under /LANG/ with that
   * language's 404 page.
   */
  translatedPages: z.record(z.string(), z.array(z.string())),
  /** Data route path → the ETag of its prerendered body. */
  etags: z.record(z.string(), z.string()),
});
export type SiteManifest = z.infer<typeof siteManifestSchema>;

/** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly (a W/ prefix is ignored). */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}
