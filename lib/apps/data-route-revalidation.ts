import { servedContent } from "../content/served-content";
import { DATA_PATH_LIST, type DataPath, dataRouteBody, etagOf, isDataPath } from "./data-routes";

let etags: Map<DataPath, string> | undefined;

/**
 * The ETag each data route was built with. Computed from the same content and code as the build; read once per
 * server process, since content cannot change under a running production build. If SITE_URL differs between
 * build and server, the bodies (which hold absolute URLs) differ too: then nothing matches and every request gets
 * a full 200, never a wrong 304.
 */
function currentEtag(path: DataPath): string | undefined {
  if (!etags) {
    const data = servedContent();
    etags = new Map();
    if (data) for (const candidate of DATA_PATH_LIST) etags.set(candidate, etagOf(dataRouteBody(candidate, data)));
  }
  return etags.get(path);
}

/** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly (a W/ prefix is ignored). */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/**
 * 304 Not Modified for a conditional GET or HEAD of a data route whose ETag the client already has; null to let
 * the request through to the prerendered response.
 */
export function revalidateDataRoute(method: string, path: string, ifNoneMatch: string | null): Response | null {
  if ((method !== "GET" && method !== "HEAD") || ifNoneMatch === null || !isDataPath(path)) return null;
  const etag = currentEtag(path);
  if (etag === undefined || !ifNoneMatchMatches(ifNoneMatch, etag)) return null;
  return new Response(null, {
    status: 304,
    // Cache-Control and CORS come from next.config.ts headers(), as for the 200 (lib/apps/data-route-headers.ts).
    headers: { ETag: etag },
  });
}
