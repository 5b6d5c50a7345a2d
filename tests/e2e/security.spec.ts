import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { pages, policy } from "./site-content";

const EMBED_PAGES = ["/privacy/embed", ...policy.sections.map((section) => `/privacy/embed/${section.id}`)];
const NOT_FOUND = "/privacy/no-such-section";
/** Every HTML page, with the prerendered file it must be served from. */
const HTML_PAGES = [...pages.map(({ path: page }) => page), ...EMBED_PAGES, NOT_FOUND];

function header(response: APIResponse, name: string): string[] {
  return response
    .headersArray()
    .filter((entry) => entry.name.toLowerCase() === name)
    .map((entry) => entry.value);
}

/** The CSP as directive → sources; exactly one Content-Security-Policy header is allowed. */
function cspOf(response: APIResponse): Map<string, string[]> {
  const values = header(response, "content-security-policy");
  expect(values, `one Content-Security-Policy on ${response.url()}`).toHaveLength(1);
  return new Map(
    (values[0] ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

function expectSecurityHeaders(response: APIResponse, { corp }: { corp: "same-origin" | "cross-origin" }) {
  const where = `${response.status()} ${response.url()}`;
  const hsts = header(response, "strict-transport-security");
  expect(hsts, where).toHaveLength(1);
  expect(Number(/max-age=(\d+)/.exec(hsts[0] ?? "")?.[1]), where).toBeGreaterThanOrEqual(31_536_000);
  expect(hsts[0], where).toContain("includeSubDomains");
  expect(header(response, "x-content-type-options"), where).toEqual(["nosniff"]);
  expect(header(response, "referrer-policy"), where).toEqual(["no-referrer"]);
  const permissions = header(response, "permissions-policy")[0] ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) expect(permissions, where).toContain(`${feature}=()`);
  expect(permissions, "the Copy link buttons need the clipboard").not.toContain("clipboard-write=()");
  expect(header(response, "cross-origin-opener-policy"), where).toEqual(["same-origin"]);
  expect(header(response, "cross-origin-resource-policy"), where).toEqual([corp]);
  expect(header(response, "x-powered-by"), where).toEqual([]);
  expect(header(response, "set-cookie"), where).toEqual([]);
  const csp = cspOf(response);
  expect(csp.get("default-src"), where).toEqual(["'self'"]);
  expect(csp.get("object-src"), where).toEqual(["'none'"]);
  expect(csp.get("base-uri"), where).toEqual(["'none'"]);
  expect(csp.get("form-action"), where).toEqual(["'none'"]);
  expect(csp.get("style-src"), where).toEqual(["'self'"]);
  // The same on every page: our one script file, no hash, no inline script, no eval.
  expect(csp.get("script-src"), where).toEqual(["'self'"]);
  expect(csp.get("require-trusted-types-for"), where).toEqual(["'script'"]);
  expect(csp.get("trusted-types"), where).toEqual(["'none'"]);
  return csp;
}

test.describe("security headers", () => {
  test("every kind of response carries them: pages, 404, redirects, 400, 405, data routes, static files", async ({ request, page }) => {
    await page.goto("/privacy");
    const asset = await page.locator("script[src]").first().getAttribute("src");
    const stylesheet = await page.locator("link[rel='stylesheet']").first().getAttribute("href");
    const cases: { path: string; status: number; corp?: "cross-origin"; method?: string; headers?: Record<string, string> }[] = [
      { path: "/privacy", status: 200 },
      { path: "/privacy/cookies", status: 200 },
      { path: "/contact", status: 200 },
      { path: "/privacy/embed", status: 200, corp: "cross-origin" },
      { path: "/privacy/embed/cookies", status: 200, corp: "cross-origin" },
      { path: NOT_FOUND, status: 404 },
      { path: "/no/such/page", status: 404 },
      { path: "/", status: 308 },
      { path: "/privacy/3", status: 308 },
      { path: "/contact/", status: 308 },
      { path: "/privacy/%ZZ", status: 400 },
      { path: "/privacy", status: 405, method: "POST" },
      { path: "/privacy.json", status: 200, corp: "cross-origin" },
      { path: "/privacy.txt", status: 200, corp: "cross-origin" },
      { path: "/privacy.md", status: 200, corp: "cross-origin" },
      { path: "/privacy.schema.json", status: 200, corp: "cross-origin" },
      { path: asset ?? "", status: 200 },
      { path: stylesheet ?? "", status: 200 },
      { path: "/favicon.ico", status: 200 },
      { path: "/icon.svg", status: 200 },
      { path: "/robots.txt", status: 200 },
      { path: "/sitemap.xml", status: 200 },
    ];
    const etag = (await request.get("/privacy.json")).headers().etag ?? "";
    cases.push({ path: "/privacy.json", status: 304, corp: "cross-origin", headers: { "If-None-Match": etag } });
    for (const { path: target, status, corp, method, headers } of cases) {
      const response = await request.fetch(target, { method: method ?? "GET", maxRedirects: 0, headers });
      expect(response.status(), `${method ?? "GET"} ${target}`).toBe(status);
      expectSecurityHeaders(response, { corp: corp ?? "same-origin" });
    }
  });

  test("every page has the same policy, and no inline script but a JSON-LD data block", async ({ request }) => {
    const policies = new Set<string>();
    for (const page of HTML_PAGES) {
      const response = await request.get(page);
      const html = await response.text();
      const csp = expectSecurityHeaders(response, { corp: page.startsWith("/privacy/embed") ? "cross-origin" : "same-origin" });
      csp.delete("frame-ancestors");
      policies.add(JSON.stringify([...csp]));
      const inline = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "").filter((attributes) => !/\bsrc=/.test(attributes));
      for (const attributes of inline) expect(attributes, page).toContain('type="application/ld+json"');
    }
    expect([...policies], "one policy for every page, but for frame-ancestors").toHaveLength(1);
  });

  test("only the embed view may be framed by other sites", async ({ request }) => {
    for (const page of HTML_PAGES) {
      const response = await request.get(page);
      const csp = cspOf(response);
      if (page.startsWith("/privacy/embed")) {
        expect(csp.has("frame-ancestors"), page).toBe(false);
        expect(header(response, "x-frame-options"), page).toEqual([]);
      } else {
        expect(csp.get("frame-ancestors"), page).toEqual(["'none'"]);
        expect(header(response, "x-frame-options"), page).toEqual(["DENY"]);
      }
    }
  });

  test("the pages are still prerendered: each is served byte for byte from its file in the build", async ({ request }) => {
    const appDir = path.join(process.cwd(), ".next", "server", "app");
    const manifest: { routes: Record<string, unknown> } = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "prerender-manifest.json"), "utf8"));
    for (const page of HTML_PAGES) {
      const route = page === NOT_FOUND ? "/_not-found" : page;
      expect(Object.keys(manifest.routes), `${route} is prerendered`).toContain(route);
      const file = fs.readFileSync(path.join(appDir, `${route.slice(1)}.html`), "utf8");
      expect(await (await request.get(page)).text(), page).toBe(file);
    }
  });
});

/** Records CSP violations and uncaught errors in the page, from before its first script runs. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.documentURI} (${event.sample})`);
    });
  });
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    // A 404 page is itself a failed load, and Chromium says so: that one line is the page working as meant.
    const documentNotFound = message.text().includes("status of 404") && message.location().url === page.url();
    if (!documentNotFound) problems.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  return async () => {
    const violations: string[] = await page.evaluate(() => {
      const value: unknown = Reflect.get(window, "__cspViolations");
      return Array.isArray(value) ? value.map(String) : ["the violation recorder is missing"];
    });
    return [...problems, ...violations];
  };
}

test.describe("with JavaScript on, under the policy", () => {
  test("every page loads and runs its script without a CSP or Trusted Types violation or console error", async ({ page }) => {
    test.setTimeout(120_000);
    const problems = await watch(page);
    for (const target of HTML_PAGES) {
      await page.goto(target, { waitUntil: "networkidle" });
      if (target.startsWith("/privacy/embed")) await expect(page.locator("html"), target).toHaveAttribute("data-embed-ready", "");
      if (target === "/privacy" || /^\/privacy\/(?!embed)[^/]+$/.test(target)) {
        if (target !== NOT_FOUND) await expect(page.getByRole("button", { name: /^Copy link to section/ }).first(), `${target} enhanced`).toBeVisible();
      }
      expect(await problems(), target).toEqual([]);
    }
    await page.goto("/privacy/embed?theme=dark&size=tv", { waitUntil: "networkidle" });
    await expect(page.locator("html")).toHaveAttribute("data-size", "tv");
    expect(await problems()).toEqual([]);
  });

  test("navigation (contents, header, pager, 404 links) stays within the policy", async ({ page }) => {
    const problems = await watch(page);
    await page.goto("/privacy");
    const toc = page.getByRole("navigation", { name: "Contents" });
    for (const section of policy.sections.slice(0, 4)) await toc.getByRole("link", { name: `${section.number}. ${section.title}`, exact: true }).click();
    await page.getByRole("banner").getByRole("link", { name: "Contact" }).click();
    await expect(page.locator("h1")).toHaveText(policy.contact.title);
    await page.getByRole("banner").getByRole("link", { name: "Privacy Policy" }).click();
    await expect(page.locator("h1")).toHaveText(policy.metadata.title);
    await page.goto(`/privacy/${policy.sections[0]?.id}`);
    for (const section of policy.sections.slice(1, 4)) {
      await page.getByRole("navigation", { name: "Sections" }).locator('a[rel="next"]').click();
      await expect(page.locator("h1")).toHaveText(section.title);
    }
    await page.getByRole("navigation", { name: "Sections" }).locator('a[rel="prev"]').click();
    await page.getByRole("link", { name: "Read the full policy" }).click();
    await expect(page).toHaveURL(/\/privacy#/);
    await page.goto(NOT_FOUND);
    await page.locator("main").getByRole("link", { name: policy.sections[4]?.title ?? "", exact: true }).click();
    await expect(page.locator("h1")).toHaveText(policy.sections[4]?.title ?? "");
    await page.goto("/privacy/embed/cookies?size=tv");
    await page.getByRole("link", { name: /^Next/ }).click();
    await expect(page).toHaveURL(/\/privacy\/embed\/your-rights\?size=tv$/);
    expect(await problems()).toEqual([]);
  });

  test("the embed view shows inside another site's frame, and the site's pages refuse to", async ({ page, baseURL }) => {
    // A web app on another origin: a page of its own, from a server on another port of the loopback address.
    const site = new URL(baseURL ?? "").origin;
    const body = `<!doctype html><title>App</title><iframe id="embed" src="${site}/privacy/embed"></iframe><iframe id="site" src="${site}/privacy"></iframe>`;
    const app = http.createServer((_, response) => response.writeHead(200, { "Content-Type": "text/html" }).end(body));
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    try {
      const address = app.address();
      if (address === null || typeof address === "string") throw new Error("the app server has no port");
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await expect(page.frameLocator("#embed").locator("h1")).toHaveText(policy.metadata.title);
      await expect(page.frameLocator("#site").locator("h1")).not.toHaveText(policy.metadata.title);
    } finally {
      app.close();
    }
  });
});
