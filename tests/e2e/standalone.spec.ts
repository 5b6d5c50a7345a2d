import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, projectRoot, startStandalone, type Managed } from "@/scripts/processes";

// The deployable server of README "Deploy": .next/standalone/server.js alone, as `npm run build` leaves it
// (postbuild copies in the static assets and content/), serving the site on 127.0.0.1.
const standalone = path.join(projectRoot, ".next", "standalone");
let server: Managed | undefined;
let origin = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // server.js moves into its own folder: nothing of the project around it is used.
  server = await startStandalone(port, { cwd: standalone });
});

test.afterAll(async () => {
  await server?.stop();
});

test("serves /privacy and the static assets it references", async ({ request }) => {
  const page = await request.get(`${origin}/privacy`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("Privacy Policy");
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1] ?? ""))];
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(`${origin}${asset}`);
    expect(response.status(), asset).toBe(200);
  }
});

test("sends the same caching headers as npm start", async ({ request }) => {
  const response = await request.get(`${origin}/privacy`);
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(response.headers()["etag"]).toBeTruthy();
});

test("answers unknown addresses with a 404", async ({ request }) => {
  expect((await request.get(`${origin}/no-such-page`)).status()).toBe(404);
});

test("needs no content/ at run time: the folder that serves the site holds no content file", () => {
  expect(fs.existsSync(path.join(standalone, "content")), "the pages are prerendered, the proxy's facts bundled").toBe(false);
});
