import { expect, test, type APIResponse } from "@playwright/test";
import { policy } from "./site-content";

// The production server's caching headers (next.config.ts, README "Deploy"): what lets a shared cache or a CDN
// serve the site, and browsers revalidate it before every reuse, for the price of a 304.

/** Cache-Control (or `name`) as a map: `s-maxage=3600, public` → { "s-maxage": "3600", public: "" }. */
function cacheControl(response: APIResponse, name = "cache-control"): Map<string, string> {
  const header = response.headers()[name] ?? "";
  return new Map(
    header
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = "", value = ""] = part.split("=");
        return [name.toLowerCase(), value] as const;
      }),
  );
}

const section = policy.sections[0];
const htmlPages = ["/privacy", `/privacy/${section?.id}`, "/contact"];

for (const path of [...htmlPages, "/privacy.json"]) {
  test(`${path}: browsers and apps revalidate it before every reuse, and never get a stale copy`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const directives = cacheControl(response);
    expect(directives.get("max-age")).toBe("0");
    expect(directives.has("must-revalidate")).toBe(true);
    // Any cache may use these, browsers included (tests/e2e/private-cache.spec.ts): CDN-Cache-Control carries them.
    for (const forbidden of ["stale-while-revalidate", "stale-if-error", "private", "no-store", "no-cache"]) {
      expect(directives.has(forbidden), forbidden).toBe(false);
    }
  });

  test(`${path}: shared caches may keep it for an hour, and CDNs serve it stale while refreshing it or on errors`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const directives = cacheControl(response);
    expect(directives.has("public")).toBe(true);
    expect(Number(directives.get("s-maxage"))).toBeGreaterThan(0);
    const cdn = cacheControl(response, "cdn-cache-control");
    expect(cdn.get("max-age")).toBe(directives.get("s-maxage"));
    expect(Number(cdn.get("stale-while-revalidate"))).toBeGreaterThan(0);
    expect(Number(cdn.get("stale-if-error"))).toBeGreaterThan(0);
  });
}

for (const path of htmlPages) {
  test(`${path}: has an ETag, and If-None-Match with it gives a 304 without a body`, async ({ request }) => {
    const first = await request.get(path);
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    const second = await request.get(path, { headers: { "if-none-match": etag ?? "" } });
    expect(second.status()).toBe(304);
    expect((await second.body()).length).toBe(0);
  });
}

test("a changed page does not match an old ETag", async ({ request }) => {
  const response = await request.get("/privacy", { headers: { "if-none-match": '"not-this-version"' } });
  expect(response.status()).toBe(200);
});

test("hashed assets (the stylesheet under /_next/static, our script under /assets) are immutable for a year", async ({ request }) => {
  const html = await (await request.get("/privacy")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/(?:_next\/static|assets)\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  expect(assets.length).toBeGreaterThanOrEqual(2);
  for (const asset of new Set(assets)) {
    const response = await request.get(asset ?? "");
    expect(response.status(), asset).toBe(200);
    expect(response.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
  }
});

for (const path of ["/no-such-page", "/privacy/no-such-section", "/_next/static/chunks/no-such-chunk.js"]) {
  test(`a 404 (${path}) is not kept by caches for long`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    const directives = cacheControl(response);
    const notStored = ["no-store", "private", "no-cache"].some((directive) => directives.has(directive));
    const lifetime = Number(directives.get("s-maxage") ?? directives.get("max-age") ?? 0);
    expect(notStored || lifetime <= 60, `Cache-Control: ${response.headers()["cache-control"]}`).toBe(true);
  });
}

// A CDN reads CDN-Cache-Control instead of Cache-Control: on a 404, it would override Next's no-store. Only the route
// table's addresses have it, and the HTTP guard takes it off an error whose address matches a route (lib/http).
for (const path of ["/no-such-page", "/privacy/no-such-section", "/privacy/versions/1999-01-01", "/_next/static/chunks/no-such-chunk.js"]) {
  test(`a 404 (${path}) tells CDNs nothing beyond its no-store`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()["cdn-cache-control"]).toBeUndefined();
  });
}
