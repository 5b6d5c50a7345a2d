/**
 * Response headers of the data routes (/privacy.json, .schema.json, .txt, .md), for next.config.ts headers().
 * Set there rather than in the route handlers because Next applies these rules to the 200 and to proxy.ts's 304
 * alike (a 304 must repeat the 200's Cache-Control), and a header set there wins over a handler's.
 *
 * - CORS: apps and web apps on any origin may read the policy (public, no credentials), and its ETag.
 * - Cache-Control: the same as the prerendered pages (Next's default for static output). Keep the two in step:
 *   tests/e2e/apps.spec.ts compares them. HTML pages get no CORS header.
 */
export const DATA_ROUTE_PATHS = ["/privacy.json", "/privacy.schema.json", "/privacy.txt", "/privacy.md"] as const;

export const DATA_ROUTE_CACHE_CONTROL = "s-maxage=31536000";

export function dataRouteHeaderRules(): { source: string; headers: { key: string; value: string }[] }[] {
  return DATA_ROUTE_PATHS.map((source) => ({
    source,
    headers: [
      { key: "Access-Control-Allow-Origin", value: "*" },
      { key: "Access-Control-Expose-Headers", value: "ETag" },
      { key: "Cache-Control", value: DATA_ROUTE_CACHE_CONTROL },
    ],
  }));
}
