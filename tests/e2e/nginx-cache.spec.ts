import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { CDN_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "@/lib/http/headers";
import { cacheKeyHeaders, cacheServerBody, makeNginxDir, removeDir, siteTemplatePath, startNginx, type RunningNginx } from "@/scripts/nginx";
import { freePort } from "@/scripts/processes";

// The shipped deploy/nginx-site.conf.template, run by nginx on 127.0.0.1 in front of the server Playwright
// started (playwright.config.ts), with a cache of its own that these tests fill in order.
test.describe.configure({ mode: "serial" });

let nginx: RunningNginx | undefined;
let dir = "";

test.beforeAll(async ({}, testInfo) => {
  const upstream = new URL(String(testInfo.project.use.baseURL)).host;
  dir = makeNginxDir("e2e-cache");
  const port = await freePort();
  nginx = await startNginx(dir, port, cacheServerBody(dir, port, upstream));
});

test.afterAll(async () => {
  await nginx?.stop();
  if (dir) removeDir(dir);
});

const cached = (path: string) => `${nginx?.url}${path}`;
const cacheStatus = (response: APIResponse) => response.headers()["x-cache-status"];

/** GET with `headers` on every hop: Next.js answers an RSC request without `_rsc` with a redirect to one. */
async function getWithHeaders(request: APIRequestContext, url: string, headers: Record<string, string>): Promise<APIResponse> {
  let response = await request.get(url, { headers, maxRedirects: 0 });
  for (let hops = 0; hops < 3 && [307, 308].includes(response.status()); hops += 1) {
    response = await request.get(new URL(response.headers()["location"] ?? "", url).href, { headers, maxRedirects: 0 });
  }
  return response;
}

test("a page comes from Next.js once, then from the cache", async ({ request }) => {
  const first = await request.get(cached("/privacy"));
  expect(first.status()).toBe(200);
  expect(cacheStatus(first)).toBe("MISS");
  const second = await request.get(cached("/privacy"));
  expect(cacheStatus(second)).toBe("HIT");
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()["cache-control"]).toBe(first.headers()["cache-control"]);
});

test("no flight payload ever comes out of the cache: React Server Components requests are refused and not stored", async ({ request }) => {
  const html = await request.get(cached("/privacy"));
  expect(cacheStatus(html)).toBe("HIT");

  const asks: { path: string; headers: Record<string, string> }[] = [
    { path: "/privacy", headers: { rsc: "1" } },
    { path: "/privacy", headers: { rsc: "1", "next-router-prefetch": "1" } },
    { path: "/privacy?_rsc=abc", headers: {} },
    { path: "/privacy/cookies?_rsc=1", headers: { rsc: "1" } },
    { path: "/privacy.rsc", headers: {} },
  ];
  for (const { path, headers } of asks) {
    const label = `${path} ${JSON.stringify(headers)}`;
    for (const attempt of ["first", "second"]) {
      const response = await getWithHeaders(request, cached(path), headers);
      expect(response.status(), `${label}, ${attempt}`).toBeGreaterThanOrEqual(400);
      expect(response.headers()["content-type"], `${label}, ${attempt}`).not.toContain("text/x-component");
      expect(cacheStatus(response), `${label}, ${attempt}: a refusal is not stored`).not.toBe("HIT");
    }
  }

  const htmlAgain = await request.get(cached("/privacy"));
  expect(cacheStatus(htmlAgain)).toBe("HIT");
  expect(htmlAgain.headers()["content-type"]).toContain("text/html");
  expect(await htmlAgain.text()).toBe(await html.text());
});

test("gzip and uncompressed answers are cached apart", async ({ request }) => {
  const gzip = await request.get(cached("/contact"), { headers: { "accept-encoding": "gzip, deflate, br" } });
  const identity = await request.get(cached("/contact"), { headers: { "accept-encoding": "identity" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(identity.headers()["content-encoding"]).toBeUndefined();
  expect(await identity.text()).toBe(await gzip.text());
  const otherBrowser = await request.get(cached("/contact"), { headers: { "accept-encoding": "gzip" } });
  expect(cacheStatus(otherBrowser)).toBe("HIT");
  expect(otherBrowser.headers()["content-encoding"]).toBe("gzip");
});

test("browsers revalidate through the cache: If-None-Match gets a 304 from it", async ({ request }) => {
  const page = await request.get(cached("/privacy"));
  const etag = page.headers()["etag"] ?? "";
  expect(etag).not.toBe("");
  const revalidated = await request.get(cached("/privacy"), { headers: { "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);
  expect(cacheStatus(revalidated)).toBe("HIT");
});

test("404s are never stored", async ({ request }) => {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = await request.get(cached("/no-such-page"));
    expect(response.status()).toBe(404);
    expect(cacheStatus(response)).toBe("MISS");
  }
});

test("the cache key covers every request header Next.js varies on", async ({ request }) => {
  const vary = (await request.get("/privacy")).headers()["vary"] ?? "";
  const varied = vary
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  expect(varied).toContain("rsc");
  const keyed = cacheKeyHeaders();
  // Accept-Encoding is keyed as gzip-or-not ($privacy_gzip), which is also what is sent upstream.
  const template = fs.readFileSync(siteTemplatePath, "utf8");
  expect(template).toMatch(/proxy_cache_key "[^"]*\$privacy_gzip[^"]*"/);
  expect(template).toContain("proxy_set_header Accept-Encoding $privacy_gzip;");
  expect(varied.filter((name) => name !== "accept-encoding" && !keyed.includes(name))).toEqual([]);
});

test("emptying the cache directory, as a deploy does, sends the next requests to Next.js", async ({ request }) => {
  expect(cacheStatus(await request.get(cached("/privacy")))).toBe("HIT");
  const cacheDir = path.join(dir, "cache");
  for (const entry of fs.readdirSync(cacheDir)) fs.rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
  // nginx keeps cache files open for up to a second (open_file_cache_valid): until then it may still answer HIT.
  await expect.poll(async () => cacheStatus(await request.get(cached("/privacy"))), { timeout: 15_000 }).toBe("MISS");
  expect(cacheStatus(await request.get(cached("/privacy")))).toBe("HIT");
});

// The site's Cache-Control lets no cache serve a stale copy (browsers would too); nginx gets that leeway from the
// config instead. Against an origin of its own that can change and fail, sending the site's cache headers with an
// s-maxage of one second, so that the copy goes stale within the test.
test("serves a stale copy while refreshing it and while Next.js fails, though the site's Cache-Control allows none", async ({ request }) => {
  let version = 1;
  let failing = false;
  const cacheControl = PAGE_CACHE_CONTROL.replace(/s-maxage=\d+/, "s-maxage=1");
  const origin = http.createServer((req, res) => {
    if (req.url !== "/page") {
      res.writeHead(404, { "Cache-Control": "no-store" }).end();
      return;
    }
    if (failing) {
      res.writeHead(500, { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" }).end("Internal Server Error");
      return;
    }
    const etag = `"${version}"`;
    const headers = { "Cache-Control": cacheControl, "CDN-Cache-Control": CDN_CACHE_CONTROL, ETag: etag, "Content-Type": "text/html" };
    if (req.headers["if-none-match"] === etag) res.writeHead(304, headers).end();
    else res.writeHead(200, headers).end(`version ${version}`);
  });
  await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
  const address = origin.address();
  if (address === null || typeof address === "string") throw new Error("the origin has no TCP address");
  const ownDir = makeNginxDir("e2e-stale");
  const ownPort = await freePort();
  const ownNginx = await startNginx(ownDir, ownPort, cacheServerBody(ownDir, ownPort, `127.0.0.1:${address.port}`), "/probe");
  try {
    const get = async () => {
      const response = await request.get(`${ownNginx.url}/page`);
      return `${response.status()} ${cacheStatus(response)} ${await response.text()}`;
    };
    const poll = (check: () => Promise<string>) => expect.poll(check, { timeout: 15_000, intervals: [100] });

    expect(await get()).toBe("200 MISS version 1");
    // max-age=0 and must-revalidate are for browsers: nginx keeps the page for s-maxage.
    expect(await get()).toBe("200 HIT version 1");

    // Once stale, the first request gets the old copy at once while the new one is fetched in the background.
    version = 2;
    let afterExpiry = "";
    await poll(async () => {
      afterExpiry = await get();
      return afterExpiry;
    }).not.toBe("200 HIT version 1");
    expect(afterExpiry).toBe("200 STALE version 1");
    await poll(get).toBe("200 HIT version 2");

    // Next.js answering with errors, then not answering at all: the stale copy, for as long as it lasts.
    failing = true;
    await poll(get).toBe("200 STALE version 2");
    await new Promise<void>((resolve) => {
      origin.closeAllConnections();
      origin.close(() => resolve());
    });
    expect(await get()).toBe("200 STALE version 2");
  } finally {
    origin.closeAllConnections();
    origin.close();
    await ownNginx.stop();
    removeDir(ownDir);
  }
});
