import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ProxyRequest, proxyDecision } from "@/lib/http/proxy-decision";
import { buildSiteManifest } from "@/lib/http/data-responses";
import { ifNoneMatchMatches } from "@/lib/http/site-manifest";
import { DATA_PATHS } from "@/lib/outputs/paths";
import { fixtureTimeline } from "../policy/fixture-content";

const manifest = buildSiteManifest(fixtureTimeline({}, { "old-bravo": "bravo" }));

function request(target: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}): ProxyRequest {
  const url = new URL(target, "https://example.org");
  const lowered = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method, pathname: url.pathname, header: (name) => lowered.get(name.toLowerCase()) ?? null };
}

describe("proxyDecision", () => {
  describe("data routes", () => {
    const etag = manifest.etags[DATA_PATHS.json] ?? "";

    it("has an ETag for every data route", () => {
      expect(Object.keys(manifest.etags).sort()).toEqual(Object.values(DATA_PATHS).sort());
    });

    it("answers If-None-Match with the manifest's ETag: not modified", () => {
      expect(proxyDecision(request("/privacy.json", { headers: { "If-None-Match": etag } }), manifest)).toEqual({ action: "not-modified", etag });
      expect(proxyDecision(request("/privacy.json", { method: "HEAD", headers: { "If-None-Match": `W/${etag}` } }), manifest)).toEqual({ action: "not-modified", etag });
      expect(proxyDecision(request("/privacy.txt", { headers: { "If-None-Match": "*" } }), manifest)).toEqual({
        action: "not-modified",
        etag: manifest.etags[DATA_PATHS.text],
      });
    });

    it("lets a request with a stale ETag, or none, through to the route", () => {
      expect(proxyDecision(request("/privacy.json", { headers: { "If-None-Match": '"stale"' } }), manifest)).toEqual({ action: "next" });
      expect(proxyDecision(request("/privacy.json"), manifest)).toEqual({ action: "next" });
    });

    it("answers 304 only to a GET or HEAD", () => {
      expect(proxyDecision(request("/privacy.json", { method: "OPTIONS", headers: { "If-None-Match": etag } }), manifest)).toEqual({ action: "next" });
    });

    it("does not answer 304 for a page: Next revalidates its own", () => {
      expect(proxyDecision(request("/privacy", { headers: { "If-None-Match": "*" } }), manifest)).toEqual({ action: "next" });
    });
  });

  describe("redirects", () => {
    it.each([
      ["/", "/privacy"],
      ["/PRIVACY", "/privacy"],
      ["/privacy/2", "/privacy/bravo"],
      ["/privacy/old-bravo", "/privacy/bravo"],
      ["/privacy/embed/3/", "/privacy/embed/charlie"],
    ])("redirects %s to %s, from the manifest's section ids and aliases", (pathname, target) => {
      expect(proxyDecision(request(pathname), manifest)).toEqual({ action: "redirect", pathname: target });
    });

    it("refuses an address that is not valid percent-encoding", () => {
      expect(proxyDecision(request("/privacy/%ZZ"), manifest)).toEqual({ action: "refuse", status: 400, body: expect.stringContaining("percent-encoding") });
    });

    it("lets a page served as it is through", () => {
      expect(proxyDecision(request("/privacy/bravo"), manifest)).toEqual({ action: "next" });
    });
  });
});

describe("ifNoneMatchMatches", () => {
  it.each([
    ['"abc"', '"abc"', true],
    ['W/"abc"', '"abc"', true],
    ['"x", "abc"', '"abc"', true],
    ["*", '"abc"', true],
    ['"abd"', '"abc"', false],
    ["", '"abc"', false],
  ])("If-None-Match %s against %s: %s", (header, etag, expected) => {
    expect(ifNoneMatchMatches(header, etag)).toBe(expected);
  });
});

describe("proxy.ts", () => {
  it("runs on every data route and page, and not on the build's static files", () => {
    // The proxy's matcher is one regular expression over every path but the build's static files.
    const matcher = /matcher: \["(.+)"\]/.exec(fs.readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8"))?.[1]?.replace(/\\\\/g, "\\");
    const matches = new RegExp(`^${matcher}$`);
    for (const dataPath of Object.values(DATA_PATHS)) expect(matches.test(dataPath), dataPath).toBe(true);
    for (const page of ["/", "/privacy", "/PRIVACY", "/privacy/embed/3", "/contact/"]) expect(matches.test(page), page).toBe(true);
    for (const file of ["/_next/static/chunks/a.js", "/assets/site.AbC.js"]) expect(matches.test(file), file).toBe(false);
  });
});
