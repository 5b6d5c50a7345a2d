import { describe, expect, it } from "vitest";
import { decidePath } from "@/lib/canonical-path";
import { contentSecurityPolicy, isFramablePath } from "@/lib/security/content-security-policy";
import { guardDecision, originForm } from "@/lib/security/http-guard";
import { pageSecurityHeaderLookup } from "@/lib/security/page-security-headers";
import { BASELINE_CSP, PERMISSIONS_POLICY, securityHeaderRules } from "@/lib/security/security-headers";

const HASH_A = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const HASH_B = "'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='";
const HASH_404 = "'sha256-NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN='";

describe("contentSecurityPolicy", () => {
  it("allows the page's own inline scripts by hash and nothing inline or evaluated", () => {
    expect(contentSecurityPolicy({ scriptHashes: [HASH_A, HASH_B], framable: false, development: false })).toBe(
      `default-src 'self'; script-src 'self' ${HASH_A} ${HASH_B}; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });

  it("leaves framing open for the embed view only", () => {
    expect(contentSecurityPolicy({ scriptHashes: [], framable: true, development: false })).not.toContain("frame-ancestors");
    expect(["/privacy/embed", "/privacy/embed/cookies"].map(isFramablePath)).toEqual([true, true]);
    expect(["/privacy", "/privacy/embedded", "/privacy/cookies", "/contact"].map(isFramablePath)).toEqual([false, false, false, false]);
  });

  it("relaxes only what next dev needs, and only in development", () => {
    const dev = contentSecurityPolicy({ scriptHashes: [], framable: false, development: true });
    expect(dev).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(dev).toContain("connect-src 'self' ws: wss:");
    expect(BASELINE_CSP).not.toMatch(/unsafe|ws:/);
  });
});

describe("pageSecurityHeaderLookup", () => {
  const lookup = pageSecurityHeaderLookup({ routes: { "/privacy": [HASH_A], "/contact": [HASH_B], "/privacy/embed": [HASH_B], "/_not-found": [HASH_404] } }, false);

  it("gives each page its own hashes, and X-Frame-Options unless it is the embed view", () => {
    expect(lookup("/privacy")["Content-Security-Policy"]).toContain(`script-src 'self' ${HASH_A};`);
    expect(lookup("/privacy")["X-Frame-Options"]).toBe("DENY");
    expect(lookup("/privacy/embed")["Content-Security-Policy"]).toContain(`script-src 'self' ${HASH_B};`);
    expect(lookup("/privacy/embed")["X-Frame-Options"]).toBeUndefined();
  });

  it("gives any other path the 404 page's hashes, framable under the embed view", () => {
    expect(lookup("/nope")["Content-Security-Policy"]).toContain(`script-src 'self' ${HASH_404};`);
    expect(lookup("/privacy/embed/nope")["X-Frame-Options"]).toBeUndefined();
    expect(lookup("/privacy/embed/nope")["Content-Security-Policy"]).not.toContain("frame-ancestors");
  });

  it("finds a page by its decoded path, as Next routes it", () => {
    expect(lookup("/contac%74")["Content-Security-Policy"]).toContain(HASH_B);
    expect(lookup("/%ZZ")["Content-Security-Policy"]).toContain(HASH_404);
  });

  it("allows no inline script at all without a manifest", () => {
    expect(pageSecurityHeaderLookup(null, false)("/privacy")["Content-Security-Policy"]).toContain("script-src 'self';");
  });
});

describe("securityHeaderRules", () => {
  it("sets every header on every path, then opens CORP for what other origins load", () => {
    const rules = securityHeaderRules();
    expect(rules[0]?.source).toBe("/:path*");
    expect(rules[0]?.headers.map((header) => header.key)).toEqual([
      "Strict-Transport-Security",
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Permissions-Policy",
      "Cross-Origin-Opener-Policy",
      "Cross-Origin-Resource-Policy",
      "Content-Security-Policy",
    ]);
    expect(rules.slice(1).map((rule) => rule.source)).toEqual(["/privacy.json", "/privacy.schema.json", "/privacy.txt", "/privacy.md", "/privacy/embed", "/privacy/embed/:path*"]);
    for (const rule of rules.slice(1)) expect(rule.headers).toEqual([{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }]);
  });

  it("turns off powerful features but leaves the clipboard to the Copy link buttons", () => {
    expect(PERMISSIONS_POLICY).toContain("camera=()");
    expect(PERMISSIONS_POLICY).toContain("browsing-topics=()");
    expect(PERMISSIONS_POLICY).not.toContain("clipboard");
  });
});

describe("guardDecision", () => {
  it.each(["GET", "HEAD", "OPTIONS"])("lets %s through", (method) => {
    expect(guardDecision(method, "/privacy")).toBeNull();
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", undefined])("answers %s with 405", (method) => {
    expect(guardDecision(method, "/privacy")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
  });

  it("answers OPTIONS * itself and refuses a target that is not a path", () => {
    expect(guardDecision("OPTIONS", "*")).toMatchObject({ status: 204 });
    expect(guardDecision("GET", "*")).toMatchObject({ status: 400 });
    expect(guardDecision("GET", "privacy")).toMatchObject({ status: 400 });
    expect(guardDecision("GET", "http://evil.example/privacy")).toBeNull();
  });

  it("keeps the path of an absolute-form target and drops its host", () => {
    expect(originForm("http://evil.example/privacy/3?x=1")).toBe("/privacy/3?x=1");
    expect(originForm("HTTPS://a:b@evil.example")).toBe("/");
    expect(originForm("http://evil.example?x")).toBe("/?x");
    expect(originForm("/privacy")).toBe("/privacy");
  });
});

describe("decidePath", () => {
  const sections = () => ({ ids: ["cookies", "your-rights"], aliases: new Map([["old", "cookies"]]), staticSegments: ["embed"] });

  it.each([
    ["/", "/privacy"],
    ["/contact/", "/contact"],
    ["/privacy/", "/privacy"],
    ["/privacy/embed/cookies/", "/privacy/embed/cookies"],
    ["/privacy/COOKIES/", "/privacy/cookies"],
    ["/privacy/2", "/privacy/your-rights"],
    ["/privacy/old", "/privacy/cookies"],
    ["/privacy.json/", "/privacy.json"],
  ])("redirects %s to %s in one step", (pathname, target) => {
    expect(decidePath(pathname, sections)).toEqual({ action: "redirect", pathname: target });
  });

  it.each(["/privacy", "/privacy/cookies", "/privacy/embed", "/privacy/embed/cookies", "/contact", "/nope", "/privacy/nope"])("serves %s as it is", (pathname) => {
    expect(decidePath(pathname, sections)).toEqual({ action: "serve" });
  });

  it.each(["/privacy/%ZZ", "/privacy/embed/%ZZ", "/contact/%E0%A4%A", "/%"])("refuses %s, which is not valid percent-encoding", (pathname) => {
    expect(decidePath(pathname, sections)).toEqual({ action: "reject" });
  });

  it("reads the content only for section paths", () => {
    let reads = 0;
    const counted = () => {
      reads += 1;
      return sections();
    };
    for (const pathname of ["/", "/privacy", "/contact/", "/privacy/embed/cookies", "/_next/x"]) decidePath(pathname, counted);
    expect(reads).toBe(0);
  });
});
