/**
 * Response headers of the data routes (/privacy.json, .schema.json, .txt, .md), for next.config.ts headers().
 * Set there rather than in the route handlers because Next applies these rules to the 200 and to proxy.ts's 304
 * alike, and a header set there wins over a handler's. Their Cache-Control is the pages' (next.config.ts), which
 * tests/e2e/apps.spec.ts checks.
 *
 * CORS: apps and web apps on any origin may read the policy (public, no credentials), and its ETag. HTML pages get
 * no CORS header.
 */
export const DATA_ROUTE_PATHS = ["/privacy.json", "/privacy.schema.json", "/privacy.txt", "/privacy.md"] as const;

export function dataRouteHeaderRules(): { source: string; headers: { key: string; value: string }[] }[] {
  return DATA_ROUTE_PATHS.map((source) => ({
    source,
    headers: [
      { key: "Access-Control-Allow-Origin", value: "*" },
      { key: "Access-Control-Expose-Headers", value: "ETag" },
    ],
  }));
}
