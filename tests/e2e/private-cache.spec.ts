import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { ifNoneMatchMatches } from "@/lib/http/site-manifest";
import { headersFor } from "@/tests/support/header-rules";

// A deploy must reach readers at once, through their browser's own HTTP cache too: no one may be shown the text it
// replaced. A tiny origin on 127.0.0.1 serves a page and /privacy.json with the site's real response headers
// (lib/http/headers.ts, as Next applies them) and an ETag per version, then "deploys" a new version, and the
// browser asks again. The built site cannot change version mid-test, hence this origin; it stands for the site and
// for any shared cache in front of it, which a deploy purges.

/** The headers the site's rules give `pathname` in production: every matching rule in order, later ones winning. */
const siteHeaders = (pathname: string) => headersFor(pathname);

const PAGE = "/privacy";
const DATA = "/privacy.json";

const bodies: Record<string, { type: string; text: (version: number) => string }> = {
  [PAGE]: {
    type: "text/html; charset=utf-8",
    text: (version) => `<!doctype html><html lang="en"><title>Privacy policy, version ${version}</title><h1>Version ${version}</h1></html>`,
  },
  [DATA]: { type: "application/json", text: (version) => `${JSON.stringify({ version, text: `The policy, version ${version}.` })}\n` },
};

type Hit = { path: string; ifNoneMatch: string | undefined; status: number };

type Origin = {
  url: string;
  /** What a deploy does to the origin: every address now answers with `version`, under a new ETag. */
  deploy(version: number): void;
  body(path: string, version: number): string;
  etag(path: string, version: number): string;
  /** The requests for `path` so far, oldest first. */
  hits(path: string): Hit[];
  close(): Promise<void>;
};

async function startOrigin(): Promise<Origin> {
  let current = 1;
  const hits: Hit[] = [];
  const etag = (path: string, version: number) => `"${path.slice(1)}-${version}"`;
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://origin.invalid").pathname;
    const served = bodies[path];
    if (!served) {
      response.writeHead(404, { "Cache-Control": "no-store" }).end();
      return;
    }
    const tag = etag(path, current);
    const ifNoneMatch = request.headers["if-none-match"];
    const matches = ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, tag);
    const status = matches ? 304 : 200;
    hits.push({ path, ifNoneMatch, status });
    response.writeHead(status, { ...siteHeaders(path), ETag: tag, "Content-Type": served.type });
    response.end(status === 200 ? served.text(current) : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the origin has no TCP address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    deploy(version) {
      current = version;
    },
    body: (path, version) => bodies[path]?.text(version) ?? "",
    etag,
    hits: (path) => hits.filter((hit) => hit.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

let origin: Origin;

test.beforeEach(async () => {
  origin = await startOrigin();
});

test.afterEach(async () => {
  await origin.close();
});

/** What a script of the page (or an app's HTTP client) gets for the data route: fetch() in its default cache mode. */
const fetchData = (page: Page) => page.evaluate(async (path) => (await fetch(path)).text(), DATA);

test("fetch('/privacy.json') gets the new version as soon as it is deployed, not the cached one", async ({ page }) => {
  expect(siteHeaders(DATA)["Cache-Control"], "the site's rules give the data route a Cache-Control").toBeTruthy();
  await page.goto(`${origin.url}${PAGE}`);
  expect(await fetchData(page)).toBe(origin.body(DATA, 1));

  origin.deploy(2);
  // With stale-while-revalidate in Cache-Control, Chromium answers this from its cache (version 1) and asks the
  // origin only afterwards, in the background.
  expect(await fetchData(page), "the second fetch, after the deploy").toBe(origin.body(DATA, 2));
  // It did keep version 1, and asked whether it was still current before using it.
  expect(origin.hits(DATA)).toEqual([
    { path: DATA, ifNoneMatch: undefined, status: 200 },
    { path: DATA, ifNoneMatch: origin.etag(DATA, 1), status: 200 },
  ]);

  // Unchanged since: the cached copy serves, for the price of a 304.
  expect(await fetchData(page)).toBe(origin.body(DATA, 2));
  expect(origin.hits(DATA).at(-1)).toEqual({ path: DATA, ifNoneMatch: origin.etag(DATA, 2), status: 304 });
});

// Chromium applies stale-while-revalidate to subresources only, so navigations got the new version with the old
// headers too; this keeps it so whatever the headers become.
test("reloading or opening the page again shows the new version as soon as it is deployed", async ({ page }) => {
  const title = (version: number) => `Privacy policy, version ${version}`;
  await page.goto(`${origin.url}${PAGE}`);
  await expect(page).toHaveTitle(title(1));

  origin.deploy(2);
  await page.reload();
  await expect(page).toHaveTitle(title(2));

  origin.deploy(3);
  await page.goto("about:blank");
  await page.goto(`${origin.url}${PAGE}`);
  await expect(page).toHaveTitle(title(3));

  // Each time the browser still held the previous version, and asked whether it was current before showing it.
  expect(origin.hits(PAGE).map((hit) => hit.ifNoneMatch)).toEqual([undefined, origin.etag(PAGE, 1), origin.etag(PAGE, 2)]);
});
