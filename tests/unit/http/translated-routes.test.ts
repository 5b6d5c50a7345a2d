import { describe, expect, it } from "vitest";
import { buildSiteManifest } from "@/lib/http/data-responses";
import { contentSecurityPolicy } from "@/lib/http/headers";
import { type ProxyRequest, proxyDecision } from "@/lib/http/proxy-decision";
import { decidePath } from "@/lib/http/redirects";
import { getTimeline } from "@/lib/policy";
import { compiledRules, headersFor } from "@/tests/support/header-rules";

// The real content, English and French, as the build writes the proxy's manifest.
const manifest = buildSiteManifest(getTimeline(), [getTimeline("fr")]);
const [firstVersion] = manifest.versions;
const thirdSection = manifest.sectionIds[2];

// The real content retires no section id yet: a retired one is tried on the real ids with an alias added.
const withAlias = { ...manifest, aliases: { ...manifest.aliases, "data-security": "data-protection" } };

function request(target: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}): ProxyRequest {
  const url = new URL(target, "https://smartsiptv.fr");
  const lowered = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method, pathname: url.pathname, header: (name) => lowered.get(name.toLowerCase()) ?? null };
}

describe("the real content's manifest", () => {
  it("has the sections, the published version and the French pages the tests below rely on", () => {
    expect(manifest.sectionIds).toContain("cookies");
    expect(manifest.sectionIds).toContain("data-protection");
    expect(thirdSection).toBeDefined();
    expect(firstVersion).toBe("2026-11-26");
    expect(manifest.translatedPages.fr).toEqual(expect.arrayContaining(["/fr/privacy", "/fr/privacy/cookies", "/fr/privacy/embed/cookies"]));
  });

  it("has an ETag for the French JSON, text and Markdown, each its own, and none for the English-only feed", () => {
    const french = ["/fr/privacy.json", "/fr/privacy.txt", "/fr/privacy.md"].map((dataPath) => manifest.etags[dataPath]);
    expect(french).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    expect(manifest.etags["/fr/privacy.json"]).not.toBe(manifest.etags["/privacy.json"]);
    expect(manifest.etags["/fr/privacy/feed.xml"]).toBeUndefined();
  });
});

describe("decidePath under /fr", () => {
  it.each(["/fr", "/fr/", "/FR", "/Fr/"])("sends %s, which has no page, to the French policy", (pathname) => {
    expect(decidePath(pathname, manifest)).toEqual({ action: "redirect", pathname: "/fr/privacy" });
  });

  it.each([
    ["/fr/privacy/", "/fr/privacy"],
    ["/fr/contact/", "/fr/contact"],
    ["/fr/privacy/cookies/", "/fr/privacy/cookies"],
    ["/fr/privacy/embed/", "/fr/privacy/embed"],
    ["/fr/privacy/embed/cookies/", "/fr/privacy/embed/cookies"],
    ["/fr/privacy.json/", "/fr/privacy.json"],
  ])("drops the trailing slash: %s → %s", (pathname, target) => {
    expect(decidePath(pathname, manifest)).toEqual({ action: "redirect", pathname: target });
  });

  it.each([
    ["/FR/Privacy/Cookies/", "/fr/privacy/cookies"],
    ["/fr/PRIVACY", "/fr/privacy"],
    ["/FR/privacy", "/fr/privacy"],
    ["/fr/Contact", "/fr/contact"],
    ["/Fr/Privacy/Embed/Cookies", "/fr/privacy/embed/cookies"],
    ["/FR/Privacy.JSON", "/fr/privacy.json"],
    ["/fr/privacy/%43ookies", "/fr/privacy/cookies"],
  ])("redirects a French address written in another letter case to the canonical one, in one step: %s → %s", (pathname, target) => {
    expect(decidePath(pathname, manifest)).toEqual({ action: "redirect", pathname: target });
  });

  it("redirects a section by its number to the French page of that section, on the site and in the embed view", () => {
    expect(decidePath("/fr/privacy/3", manifest)).toEqual({ action: "redirect", pathname: `/fr/privacy/${thirdSection}` });
    expect(decidePath("/FR/privacy/3/", manifest)).toEqual({ action: "redirect", pathname: `/fr/privacy/${thirdSection}` });
    expect(decidePath("/fr/privacy/embed/3", manifest)).toEqual({ action: "redirect", pathname: `/fr/privacy/embed/${thirdSection}` });
  });

  it("redirects a retired section id to the French page of the section that replaced it", () => {
    expect(decidePath("/fr/privacy/data-security", withAlias)).toEqual({ action: "redirect", pathname: "/fr/privacy/data-protection" });
    expect(decidePath("/FR/Privacy/Data-Security/", withAlias)).toEqual({ action: "redirect", pathname: "/fr/privacy/data-protection" });
    expect(decidePath("/fr/privacy/embed/data-security", withAlias)).toEqual({ action: "redirect", pathname: "/fr/privacy/embed/data-protection" });
    expect(decidePath("/fr/privacy/data-security", manifest)).toEqual({ action: "serve" });
  });

  it("redirects a French version page written otherwise to its canonical address", () => {
    expect(decidePath(`/FR/Privacy/Versions/${firstVersion}/`, manifest)).toEqual({ action: "redirect", pathname: `/fr/privacy/versions/${firstVersion}` });
    expect(decidePath(`/fr/privacy/versions/${firstVersion}/Changes`, manifest)).toEqual({ action: "redirect", pathname: `/fr/privacy/versions/${firstVersion}/changes` });
    expect(decidePath(`/fr/Privacy/Changes-Since/${firstVersion}`, manifest)).toEqual({ action: "redirect", pathname: `/fr/privacy/changes-since/${firstVersion}` });
  });

  it.each(["/fr/privacy", "/fr/privacy/cookies", "/fr/contact", "/fr/privacy/embed", "/fr/privacy/embed/cookies", "/fr/privacy/versions", `/fr/privacy/versions/${firstVersion}`, "/fr/privacy.json"])(
    "serves the canonical French address %s as it is",
    (pathname) => {
      expect(decidePath(pathname, manifest)).toEqual({ action: "serve" });
    },
  );

  it("never redirects to a French address the site does not have: the English-only feed and files, or /fr twice", () => {
    for (const pathname of ["/FR/privacy/feed.xml", "/fr/Privacy/Versions.json", "/fr/Privacy.Schema.json", "/FR/FR/Privacy"]) {
      const decision = decidePath(pathname, manifest);
      expect(decision.action === "redirect" ? decision.pathname : pathname, pathname).not.toMatch(/^\/fr\/(?:fr\/|privacy\/feed|privacy\/versions\.json|privacy\.schema)/);
    }
  });

  it("treats a prefix that is no language of the site as an unknown path, not as a translation", () => {
    expect(decidePath("/de/privacy/3", manifest)).toEqual({ action: "serve" });
    expect(decidePath("/DE/Privacy/Cookies", manifest)).toEqual({ action: "serve" });
    expect(decidePath("/de", manifest)).toEqual({ action: "serve" });
  });
});

describe("proxyDecision for the French pages", () => {
  it.each(["/fr/privacy/nope", "/fr/nope", "/fr/privacy/feed.xml", "/fr/privacy/versions.json", "/fr/not-found", "/fr/privacy/embed/nope", "/fr/privacy/versions/2020-01-01"])(
    "answers %s, which the French site does not have, with the French 404 page",
    (pathname) => {
      expect(proxyDecision(request(pathname), manifest)).toEqual({ action: "not-found", pathname: "/fr/not-found" });
    },
  );

  it.each([
    "/fr/privacy",
    "/fr/privacy/cookies",
    "/fr/contact",
    "/fr/privacy/embed",
    "/fr/privacy/embed/cookies",
    "/fr/privacy/cookies/opengraph-image",
    "/fr/privacy/opengraph-image",
    `/fr/privacy/versions/${firstVersion}`,
    "/fr/privacy.json",
  ])("lets the French page %s through to Next", (pathname) => {
    expect(proxyDecision(request(pathname), manifest)).toEqual({ action: "next" });
  });

  it("lets every address the manifest lists for French through to Next", () => {
    const pages = manifest.translatedPages.fr ?? [];
    expect(pages.length).toBeGreaterThan(manifest.sectionIds.length * 3);
    for (const pathname of pages) expect(proxyDecision(request(pathname), manifest), pathname).toEqual({ action: "next" });
  });

  it.each(["/nope", "/privacy/nope", "/frnope", "/france/privacy"])("leaves %s, outside /fr/, to Next's own English 404", (pathname) => {
    expect(proxyDecision(request(pathname), manifest)).toEqual({ action: "next" });
  });

  it("redirects a French address written otherwise before deciding it is unknown", () => {
    expect(proxyDecision(request("/FR/Privacy/Cookies/"), manifest)).toEqual({ action: "redirect", pathname: "/fr/privacy/cookies" });
    expect(proxyDecision(request("/fr"), manifest)).toEqual({ action: "redirect", pathname: "/fr/privacy" });
    expect(proxyDecision(request("/fr/nope/"), manifest)).toEqual({ action: "redirect", pathname: "/fr/nope" });
  });

  it("answers a French data route's If-None-Match with its own ETag: not modified", () => {
    const etag = manifest.etags["/fr/privacy.json"] ?? "";
    expect(proxyDecision(request("/fr/privacy.json", { headers: { "If-None-Match": etag } }), manifest)).toEqual({ action: "not-modified", etag });
    expect(proxyDecision(request("/fr/privacy.md", { method: "HEAD", headers: { "If-None-Match": `W/${manifest.etags["/fr/privacy.md"]}` } }), manifest)).toEqual({
      action: "not-modified",
      etag: manifest.etags["/fr/privacy.md"],
    });
  });

  it("sends the French data route's body when the ETag is the English file's, stale, or missing", () => {
    expect(proxyDecision(request("/fr/privacy.json", { headers: { "If-None-Match": manifest.etags["/privacy.json"] ?? "" } }), manifest)).toEqual({ action: "next" });
    expect(proxyDecision(request("/fr/privacy.json", { headers: { "If-None-Match": '"stale"' } }), manifest)).toEqual({ action: "next" });
    expect(proxyDecision(request("/fr/privacy.txt"), manifest)).toEqual({ action: "next" });
  });
});

describe("headerRules for the French pages", () => {
  const FRENCH_EMBED = ["/fr/privacy/embed", "/fr/privacy/embed/cookies", "/fr/privacy/embed/nope"];
  const FRENCH_NOT_EMBED = ["/fr/privacy", "/fr/privacy/cookies", "/fr/contact", "/fr/privacy/embedded-thing", "/fr/privacy.json", "/fr/nope", "/fr/not-found"];

  it.each([false, true])("lets anyone frame the French embed view, like the English one (development: %s)", (development) => {
    const framable = contentSecurityPolicy({ framable: true, development });
    for (const pathname of FRENCH_EMBED) {
      const headers = headersFor(pathname, { development });
      expect(headers["X-Frame-Options"], pathname).toBeUndefined();
      expect(headers["Content-Security-Policy"], pathname).toBe(framable);
      expect(headers["Content-Security-Policy"], pathname).not.toContain("frame-ancestors 'none'");
      expect(headers["Cross-Origin-Resource-Policy"], pathname).toBe("cross-origin");
    }
  });

  it("sets X-Frame-Options: DENY in no rule that matches the French embed view", () => {
    for (const pathname of FRENCH_EMBED) {
      const denying = compiledRules(false).filter((rule) => rule.pattern.test(pathname) && rule.headers.some(({ key, value }) => key === "X-Frame-Options" && value === "DENY"));
      expect(denying, pathname).toEqual([]);
    }
  });

  it.each([false, true])("forbids framing every other French address (development: %s)", (development) => {
    const notFramable = contentSecurityPolicy({ framable: false, development });
    for (const pathname of FRENCH_NOT_EMBED) {
      const headers = headersFor(pathname, { development });
      expect(headers["X-Frame-Options"], pathname).toBe("DENY");
      expect(headers["Content-Security-Policy"], pathname).toBe(notFramable);
      expect(headers["Content-Security-Policy"], pathname).toContain("frame-ancestors 'none'");
    }
  });

  it("lets any origin read the French data routes and their ETag", () => {
    for (const pathname of ["/fr/privacy.json", "/fr/privacy.txt", "/fr/privacy.md"]) {
      expect(headersFor(pathname), pathname).toMatchObject({
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": "ETag",
        "Cross-Origin-Resource-Policy": "cross-origin",
      });
    }
    for (const pathname of ["/fr/privacy", "/fr/privacy/embed"]) expect(headersFor(pathname)["Access-Control-Allow-Origin"], pathname).toBeUndefined();
  });
});
