import { describe, expect, it } from "vitest";
import {
  ASSET_CACHE_CONTROL,
  CDN_CACHE_CONTROL,
  COMMON_SECURITY_HEADERS,
  contentSecurityPolicy,
  PAGE_CACHE_CONTROL,
  PERMISSIONS_POLICY,
} from "@/lib/http/headers";
import { compiledRules, headersFor } from "@/tests/support/header-rules";

const PAGES = ["/privacy", "/privacy/cookies", "/contact", "/privacy.json", "/privacy.md", "/nope", "/privacy/embedded-thing"];
// An unknown section under the embed view is its 404 page, framable like the view itself.
const EMBED = ["/privacy/embed", "/privacy/embed/cookies", "/privacy/embed/nope"];

describe("contentSecurityPolicy", () => {
  const production = contentSecurityPolicy({ framable: false, development: false });

  it("allows our own script file and nothing inline, hashed or evaluated", () => {
    expect(production).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'; frame-ancestors 'none'",
    );
    expect(production).not.toMatch(/unsafe|sha256-|sha384-|sha512-|nonce-|ws:/);
  });

  it("requires Trusted Types in production only", () => {
    expect(production).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
    const development = contentSecurityPolicy({ framable: false, development: true });
    expect(development).not.toContain("trusted-types");
  });

  it("relaxes only what next dev needs, and only in development", () => {
    const development = contentSecurityPolicy({ framable: false, development: true });
    expect(development).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(development).toContain("style-src 'self' 'unsafe-inline'");
    expect(development).toContain("connect-src 'self' ws: wss:");
    expect(development).toContain("frame-ancestors 'none'");
  });

  it("leaves framing open when the page may be framed, and changes nothing else", () => {
    expect(contentSecurityPolicy({ framable: true, development: false })).toBe(production.replace("; frame-ancestors 'none'", ""));
  });
});

describe("headerRules", () => {
  it.each([false, true])("gives every page kind the same CSP, except frame-ancestors on the embed view (development: %s)", (development) => {
    const csp = contentSecurityPolicy({ framable: false, development });
    for (const pathname of PAGES) expect(headersFor(pathname, { development })["Content-Security-Policy"], pathname).toBe(csp);
    for (const pathname of EMBED) {
      expect(headersFor(pathname, { development })["Content-Security-Policy"], pathname).toBe(csp.replace("; frame-ancestors 'none'", ""));
    }
  });

  it("sends no 'unsafe-inline' and no hashes in production, and Trusted Types on every page", () => {
    for (const pathname of [...PAGES, ...EMBED]) {
      const csp = headersFor(pathname)["Content-Security-Policy"] ?? "";
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|'sha\d+-|'nonce-/);
      expect(csp).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
    }
    for (const pathname of [...PAGES, ...EMBED]) expect(headersFor(pathname, { development: true })["Content-Security-Policy"]).not.toContain("trusted-types");
  });

  it("sends X-Frame-Options: DENY everywhere but exactly the embed paths", () => {
    const rule = compiledRules(false).find((candidate) => candidate.headers.some((header) => header.key === "X-Frame-Options"));
    expect(rule?.headers).toEqual([{ key: "X-Frame-Options", value: "DENY" }]);
    const denied = (pathname: string) => rule?.pattern.test(pathname) ?? false;
    expect(["/privacy/embed", "/privacy/embed/cookies", "/privacy/embed/nope"].map(denied)).toEqual([false, false, false]);
    expect(["/privacy/embedded-thing", "/privacy", "/privacy/cookies", "/contact", "/", "/privacy.json", "/embed"].map(denied)).toEqual([
      true, true, true, true, true, true, true,
    ]);
  });

  it("sets the common security headers on every response", () => {
    for (const pathname of ["/", ...PAGES, ...EMBED, "/assets/site.AbC.js", "/_next/static/chunks/a.js"]) {
      expect(headersFor(pathname), pathname).toMatchObject({ ...COMMON_SECURITY_HEADERS, "Cross-Origin-Resource-Policy": expect.any(String) });
    }
  });

  it("opens Cross-Origin-Resource-Policy for what other origins load: the data routes and the embed view", () => {
    for (const pathname of ["/privacy.json", "/privacy.schema.json", "/privacy.txt", "/privacy.md", ...EMBED]) {
      expect(headersFor(pathname)["Cross-Origin-Resource-Policy"], pathname).toBe("cross-origin");
    }
    for (const pathname of ["/privacy", "/contact", "/privacy/embedded-thing"]) {
      expect(headersFor(pathname)["Cross-Origin-Resource-Policy"], pathname).toBe("same-origin");
    }
  });

  it("lets any origin read the data routes and their ETag", () => {
    expect(headersFor("/privacy.json")).toMatchObject({ "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" });
    expect(headersFor("/privacy")).not.toHaveProperty("Access-Control-Allow-Origin");
  });

  it("caches pages and data briefly, our hashed script for a year, and leaves Next's own files to Next", () => {
    expect(headersFor("/privacy")["Cache-Control"]).toBe(PAGE_CACHE_CONTROL);
    expect(headersFor("/privacy.json")["Cache-Control"]).toBe(PAGE_CACHE_CONTROL);
    expect(headersFor("/assets/site.1fa7da3277.js")["Cache-Control"]).toBe(ASSET_CACHE_CONTROL);
    expect(headersFor("/_next/static/chunks/a.js")).not.toHaveProperty("Cache-Control");
  });
});

/** A cache-control header as a map: `public, s-maxage=3600` → { public: "", "s-maxage": "3600" }. */
function directives(value: string | undefined): Map<string, string> {
  return new Map(
    (value ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = "", argument = ""] = part.split("=");
        return [name.toLowerCase(), argument];
      }),
  );
}

// Every address of the route table but our hashed script: the pages, the embed view, the data routes, `/`.
const CONTENT = ["/", "/privacy", "/privacy/cookies", "/contact", "/privacy/embed", "/privacy/embed/cookies", "/privacy.json", "/privacy.schema.json", "/privacy.txt", "/privacy.md"];

describe("caching of pages and data routes", () => {
  it("tells private caches (browsers, apps' HTTP clients) to revalidate before every reuse", () => {
    for (const pathname of CONTENT) {
      const cacheControl = directives(headersFor(pathname)["Cache-Control"]);
      expect(cacheControl.get("max-age"), pathname).toBe("0");
      expect(cacheControl.has("must-revalidate"), pathname).toBe(true);
      // RFC 5861 lets any cache use these, and Chromium does (tests/e2e/private-cache.spec.ts).
      expect(cacheControl.has("stale-while-revalidate"), pathname).toBe(false);
      expect(cacheControl.has("stale-if-error"), pathname).toBe(false);
      for (const forbidden of ["private", "no-store", "no-cache"]) expect(cacheControl.has(forbidden), pathname).toBe(false);
    }
  });

  it("lets shared caches keep them for an hour: s-maxage for those reading Cache-Control, CDN-Cache-Control for CDNs", () => {
    for (const pathname of CONTENT) {
      const headers = headersFor(pathname);
      const cacheControl = directives(headers["Cache-Control"]);
      expect(cacheControl.has("public"), pathname).toBe(true);
      expect(cacheControl.get("s-maxage"), pathname).toBe("3600");
      expect(headers["CDN-Cache-Control"], pathname).toBe(CDN_CACHE_CONTROL);
      // A CDN reading CDN-Cache-Control ignores Cache-Control: the same freshness either way.
      expect(directives(headers["CDN-Cache-Control"]).get("max-age"), pathname).toBe(cacheControl.get("s-maxage"));
    }
  });

  it("lets CDNs serve a stale copy while refreshing it and while the origin fails, in a header browsers ignore", () => {
    const cdn = directives(CDN_CACHE_CONTROL);
    expect(Number(cdn.get("stale-while-revalidate"))).toBeGreaterThan(0);
    expect(Number(cdn.get("stale-if-error"))).toBeGreaterThan(0);
    expect(cdn.has("must-revalidate") || cdn.has("proxy-revalidate") || cdn.has("no-cache")).toBe(false);
  });

  it("sends CDN-Cache-Control nowhere else: not on made-up addresses (whose 404 Next marks no-store), not on hashed files", () => {
    for (const pathname of ["/nope", "/wp-login.php", "/privacy/cookies/more", "/assets/site.1fa7da3277.js", "/_next/static/chunks/a.js"]) {
      expect(headersFor(pathname), pathname).not.toHaveProperty("CDN-Cache-Control");
    }
  });
});

describe("PERMISSIONS_POLICY", () => {
  it("turns off powerful features but leaves the clipboard to the Copy link buttons", () => {
    expect(PERMISSIONS_POLICY).toContain("camera=()");
    expect(PERMISSIONS_POLICY).toContain("browsing-topics=()");
    expect(PERMISSIONS_POLICY).not.toContain("clipboard");
  });
});
