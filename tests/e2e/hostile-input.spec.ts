import { expect, test } from "@playwright/test";
import { type HostileRequest, hostileRequests } from "./hostile-requests";
import { answeredRequest, httpRequest, type RawResponse, rawRequest } from "./raw-http";

/** What must never reach a client: a stack frame, or a path of the server's files. */
const LEAKS: [string, RegExp][] = [
  ["a stack frame", /\n\s+at [\w.<>[\]]+ \(|\bat (?:async )?[\w.]+ \([^)]*:\d+:\d+\)/],
  ["the project's path", /\/work\/|\/home\/|\/root\/|\/tmp\//],
  ["node_modules", /node_modules/],
  ["the build folder", /(?<![\w])\.next\//],
  ["a Node error code", /\bE(?:NOENT|ACCES|ISDIR|NOTDIR|RR_[A-Z_]+)\b/],
];

/** Every page's Content-Security-Policy: our script file only, and Trusted Types. */
const PAGE_CSP = /script-src 'self';.*require-trusted-types-for 'script'; trusted-types 'none'/;

function problemsOf({ name, unanswered }: HostileRequest, response: RawResponse | null | "timeout"): string[] {
  if (unanswered && response !== "timeout" && response !== null && response.status >= 500) return [`${name}: ${response.status}`];
  if (unanswered) return [];
  if (response === "timeout") return [`${name}: no answer, and the connection stays open`];
  if (response === null) return [`${name}: the server closed the connection without an answer`];
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`${name}: ${response.status}`);
  for (const [what, pattern] of LEAKS) {
    const found = pattern.exec(response.body);
    if (found) problems.push(`${name}: ${response.status} body shows ${what}: …${response.body.slice(Math.max(0, found.index - 40), found.index + 60)}…`);
  }
  const location = response.headers.get("location");
  if (location !== undefined && !/^\/(?![/\\])/.test(location)) problems.push(`${name}: redirects off the site, to ${location}`);
  if (response.headers.has("set-cookie")) problems.push(`${name}: sets a cookie`);
  return problems;
}

async function inBatches<T, R>(items: readonly T[], concurrency: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

test.describe("hostile input", () => {
  // One test fires them all, a few at a time: it is bounded by the count, not by the clock.
  test.describe.configure({ mode: "serial" });

  test("about a thousand hostile or odd requests: never a 5xx, a stack trace or a server path, and /privacy is fine afterwards", async ({ baseURL }) => {
    test.setTimeout(180_000);
    const port = Number(new URL(baseURL ?? "").port);
    const requests = hostileRequests();
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    const responses = await inBatches(requests, 6, async (hostile) => ({
      hostile,
      response: await rawRequest(port, hostile.request, hostile.unanswered ? 2_000 : 10_000),
    }));
    const problems = responses.flatMap(({ hostile, response }) => problemsOf(hostile, response));
    expect(problems).toEqual([]);

    const statuses = new Map<string, number>();
    for (const { response } of responses) {
      const key = response === null ? "closed" : response === "timeout" ? "waiting" : String(response.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    test.info().annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries([...statuses].sort())) });

    const after = await answeredRequest(port, httpRequest({ target: "/privacy" }));
    expect(after.status).toBe(200);
    expect(after.body).toContain("</html>");
  });

  test("x-middleware-subrequest cannot skip the proxy (CVE-2025-29927): redirects, refusals and page policies still apply", async ({ baseURL }) => {
    const port = Number(new URL(baseURL ?? "").port);
    for (const value of ["proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware", "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy"]) {
      const redirect = await answeredRequest(port, httpRequest({ target: "/privacy/3", headers: { "x-middleware-subrequest": value } }));
      expect(redirect.status, value).toBe(308);
      expect(redirect.headers.get("location"), value).toBe("/privacy/data-protection");
      const page = await answeredRequest(port, httpRequest({ target: "/privacy", headers: { "x-middleware-subrequest": value } }));
      expect(page.status, value).toBe(200);
      expect(page.headers.get("content-security-policy"), value).toMatch(PAGE_CSP);
      const flight = await answeredRequest(port, httpRequest({ target: "/privacy", headers: { "x-middleware-subrequest": value, RSC: "1" } }));
      expect(flight.status, value).toBe(400);
    }
  });

  test("a request naming another Host is never redirected to it", async ({ baseURL }) => {
    const port = Number(new URL(baseURL ?? "").port);
    for (const target of ["/", "/privacy/3", "/privacy/Cookies", "/contact/"]) {
      const forwarded: Record<string, string>[] = [{}, { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" }];
      for (const headers of forwarded) {
        const response = await answeredRequest(port, httpRequest({ target, host: "evil.example", headers }));
        expect(response.status, target).toBe(308);
        expect(response.headers.get("location"), target).toMatch(/^\/privacy|^\/contact$/);
      }
    }
  });

  test("bad percent-encoding is a 400 or a 404 on every kind of route, never a server error", async ({ baseURL }) => {
    const port = Number(new URL(baseURL ?? "").port);
    for (const target of ["/%ZZ", "/privacy/%ZZ", "/contact/%ZZ", "/privacy/embed/%ZZ", "/privacy.json%ZZ", "/_next/static/%ZZ", "/privacy/%E0%A4%A"]) {
      const response = await answeredRequest(port, httpRequest({ target }));
      expect([400, 404], target).toContain(response.status);
    }
  });

  test("only GET, HEAD and OPTIONS are answered: any other method gets 405 with Allow and the security headers", async ({ baseURL }) => {
    const port = Number(new URL(baseURL ?? "").port);
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "PURGE"]) {
      for (const target of ["/privacy", "/privacy/3", "/privacy.json", "/nope"]) {
        const response = await answeredRequest(port, httpRequest({ method, target, body: "x=1" }));
        expect(response.status, `${method} ${target}`).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
        expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      }
    }
    // Method names HTTP does not know are refused by Node's parser before anything else.
    for (const method of ["TRACK", "FOO", "get"]) expect((await answeredRequest(port, httpRequest({ method, target: "/privacy" }))).status, method).toBe(400);
    const star = await answeredRequest(port, httpRequest({ method: "OPTIONS", target: "*" }));
    expect(star.status).toBe(204);
  });

  test("a WebSocket upgrade is refused at once instead of holding the connection open", async ({ baseURL }) => {
    const port = Number(new URL(baseURL ?? "").port);
    const upgrade = { Upgrade: "websocket", Connection: "Upgrade", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version": "13" };
    for (const target of ["/", "/nope", "/privacy", "/_next/static/chunks/nope.js"]) {
      const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(upgrade).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n`, 3_000);
      if (response === "timeout" || response === null) throw new Error(`${target}: ${response ?? "closed without an answer"}`);
      expect(response.status, target).toBe(400);
    }
  });
});
