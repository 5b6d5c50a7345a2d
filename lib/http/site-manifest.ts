import { createHash } from "node:crypto";
import { z } from "zod";
import { DATA_FORMATS } from "../outputs/data-formats";
import { DATA_PATHS, type DataFormat } from "../outputs/paths";
import type { Policy } from "../policy";

/**
 * What the proxy needs to know about the built site, written at build time (scripts/generate.ts) and bundled into
 * proxy.ts, so that no request ever reads or renders content/: the section ids in number order, the retired
 * anchors, and each data route's ETag.
 */
export const siteManifestSchema = z.strictObject({
  sectionIds: z.array(z.string()),
  /** Retired anchor → current anchor (content/anchors.json). */
  aliases: z.record(z.string(), z.string()),
  /** Data route path → the ETag of its prerendered body. */
  etags: z.record(z.string(), z.string()),
});
export type SiteManifest = z.infer<typeof siteManifestSchema>;

/**
 * A strong validator for a body. Next gives prerendered pages an ETag but not the output of route handlers, so
 * the data routes carry their own, and proxy.ts answers If-None-Match with 304 from the manifest.
 */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** The body of a data route and its headers (CORS and Cache-Control come from the route table's header rules). */
export function dataResponse(policy: Policy, format: DataFormat): { body: string; headers: Record<string, string> } {
  const { body: make, contentType } = DATA_FORMATS[format];
  const body = make(policy);
  return { body, headers: { "Content-Type": contentType, ETag: etagOf(body) } };
}

export function buildSiteManifest(policy: Policy): SiteManifest {
  const formats = Object.keys(DATA_PATHS).filter((format): format is DataFormat => Object.hasOwn(DATA_PATHS, format));
  return {
    sectionIds: policy.sections.map((section) => section.id),
    aliases: policy.anchorLock.aliases,
    etags: Object.fromEntries(formats.map((format) => [DATA_PATHS[format], etagOf(DATA_FORMATS[format].body(policy))])),
  };
}

/** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly (a W/ prefix is ignored). */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}
