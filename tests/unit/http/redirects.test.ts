import { describe, expect, it } from "vitest";
import { decidePath } from "@/lib/http/redirects";

// Section ids in number order, retired anchors → current ones (content/anchors.json's aliases), published versions.
const routes = {
  sectionIds: ["information-we-collect", "how-we-use-your-information", "data-protection", "cookies"],
  aliases: {
    "data-security": "data-protection",
    "cookies--old-clause": "cookies",
    "clause-only": "cookies--essential",
  },
  versions: ["2026-11-26"],
};

describe("decidePath", () => {
  it.each([
    ["/", "/privacy"],
    ["/contact/", "/contact"],
    ["/privacy/", "/privacy"],
    ["/privacy.json/", "/privacy.json"],
    ["/privacy/cookies/", "/privacy/cookies"],
    ["/privacy/embed/", "/privacy/embed"],
    ["/privacy/embed/cookies/", "/privacy/embed/cookies"],
    ["/nope/", "/nope"],
  ])("drops the trailing slash: %s → %s", (pathname, target) => {
    expect(decidePath(pathname, routes)).toEqual({ action: "redirect", pathname: target });
  });

  it.each([
    ["/PRIVACY", "/privacy"],
    ["/Privacy/", "/privacy"],
    ["/Contact/", "/contact"],
    ["/CONTACT", "/contact"],
    ["/Privacy.JSON", "/privacy.json"],
    ["/Privacy/Cookies", "/privacy/cookies"],
    ["/privacy/COOKIES/", "/privacy/cookies"],
    ["/privacy/DATA-PROTECTION", "/privacy/data-protection"],
    ["/privacy/%43ookies", "/privacy/cookies"],
    ["/privacy/Embed", "/privacy/embed"],
    ["/PRIVACY/EMBED", "/privacy/embed"],
    ["/privacy/%45mbed", "/privacy/embed"],
    ["/privacy/EMBED/Cookies", "/privacy/embed/cookies"],
    ["/privacy/embed/Cookies/", "/privacy/embed/cookies"],
  ])("redirects every page address written in another letter case: %s → %s", (pathname, target) => {
    expect(decidePath(pathname, routes)).toEqual({ action: "redirect", pathname: target });
  });

  it.each([
    ["/privacy/3", "/privacy/data-protection"],
    ["/privacy/03", "/privacy/data-protection"],
    ["/privacy/4/", "/privacy/cookies"],
    ["/privacy/embed/3", "/privacy/embed/data-protection"],
    ["/privacy/embed/1/", "/privacy/embed/information-we-collect"],
  ])("redirects a section by its number: %s → %s", (pathname, target) => {
    expect(decidePath(pathname, routes)).toEqual({ action: "redirect", pathname: target });
  });

  it.each([
    ["/privacy/data-security", "/privacy/data-protection"],
    ["/privacy/Data-Security/", "/privacy/data-protection"],
    ["/privacy/embed/data-security", "/privacy/embed/data-protection"],
    ["/privacy/EMBED/Data-Security", "/privacy/embed/data-protection"],
    ["/privacy/cookies--old-clause", "/privacy/cookies"],
  ])("redirects a retired section id to the section it became: %s → %s", (pathname, target) => {
    expect(decidePath(pathname, routes)).toEqual({ action: "redirect", pathname: target });
  });

  it.each([
    "/privacy",
    "/privacy/cookies",
    "/privacy/embed",
    "/privacy/embed/cookies",
    "/contact",
    "/privacy.json",
    "/privacy.schema.json",
    "/privacy/nope",
    "/privacy/embed/nope",
    "/privacy/cookies/more",
    "/nope",
  ])("serves %s as it is", (pathname) => {
    expect(decidePath(pathname, routes)).toEqual({ action: "serve" });
  });

  it.each(["/privacy/0", "/privacy/5", "/privacy/999", "/privacy/1000", "/privacy/embed/0", "/privacy/clause-only", "/privacy/embed/clause-only"])(
    "leaves %s, which names no section, to the 404 page",
    (pathname) => {
      expect(decidePath(pathname, routes)).toEqual({ action: "serve" });
    },
  );

  it.each(["/_next/static/chunks/AbC.js", "/_next/static/css/X1y2.css", "/assets/site.AbC.js", "/Favicon.ico"])(
    "serves %s as it is: the build's hashed file names may hold capitals",
    (pathname) => {
      expect(decidePath(pathname, routes)).toEqual({ action: "serve" });
    },
  );

  it.each(["/privacy/%ZZ", "/privacy/embed/%ZZ", "/contact/%E0%A4%A", "/%", "/assets/%ZZ.js"])("refuses %s, which is not valid percent-encoding", (pathname) => {
    expect(decidePath(pathname, routes)).toEqual({ action: "reject" });
  });
});
