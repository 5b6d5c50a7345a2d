import { createHash } from "node:crypto";
import { DATA_FORMATS } from "../outputs/data-formats";
import { DATA_PATHS, type DataFormat } from "../outputs/paths";
import type { Policy } from "../policy";
import type { SiteManifest } from "./site-manifest";

/**
 * A strong validator for a body. Next gives prerendered pages an ETag but not the output of route handlers, so
 * the data routes carry their own, and proxy.ts answers If-None-Match with 304 from the manifest.
 */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** The body of a data route and its headers (CORS and Cache-Control come from the route table's header rules). */
export function dataResponse(policy: Policy, format: DataFormat): { body: string; headers: { "Content-Type": string; ETag: string } } {
  const { body: make, contentType } = DATA_FORMATS[format];
  const body = make(policy);
  return { body, headers: { "Content-Type": contentType, ETag: etagOf(body) } };
}

/** The proxy's manifest (site-manifest.ts): the ETags are those of the very bodies the data routes serve. */
export function buildSiteManifest(policy: Policy): SiteManifest {
  const formats = Object.keys(DATA_PATHS).filter((format): format is DataFormat => Object.hasOwn(DATA_PATHS, format));
  return {
    sectionIds: policy.sections.map((section) => section.id),
    aliases: policy.anchorLock.aliases,
    etags: Object.fromEntries(formats.map((format) => [DATA_PATHS[format], dataResponse(policy, format).headers.ETag])),
  };
}
