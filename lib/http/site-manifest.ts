import { z } from "zod";

/**
 * What the proxy needs to know about the built site, written at build time (scripts/generate.ts, with
 * buildSiteManifest) and bundled into proxy.ts, so that no request ever reads or renders content/: the section ids
 * in number order, the retired anchors, and each data route's ETag. This module is all the proxy bundles of it:
 * nothing here renders.
 */
export const siteManifestSchema = z.strictObject({
  sectionIds: z.array(z.string()),
  /** Retired anchor → current anchor (content/anchors.json). */
  aliases: z.record(z.string(), z.string()),
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
