import { describe, expect, it } from "vitest";
import { formatDate, languageAlternates } from "@/lib/outputs/language";
import { absoluteUrl, displayAddress, embedSectionPath, localizedPath, pathsIn, sectionPath } from "@/lib/outputs/paths";

describe("displayAddress", () => {
  it("shows an address without its scheme, as people write it", () => {
    expect(displayAddress("https://smartsiptv.fr/privacy/cookies")).toBe("smartsiptv.fr/privacy/cookies");
  });

  it("shows a site's root as its host alone", () => {
    expect(displayAddress("https://staging.example.com/")).toBe("staging.example.com");
  });
});

describe("site addresses", () => {
  it("puts sections under /privacy and the embed view's sections under /privacy/embed", () => {
    expect(sectionPath("cookies")).toBe("/privacy/cookies");
    expect(embedSectionPath("cookies")).toBe("/privacy/embed/cookies");
  });

  it("makes a site path absolute on the site's origin, fragment kept", () => {
    expect(absoluteUrl("http://127.0.0.1:3000", "/privacy#cookies")).toBe("http://127.0.0.1:3000/privacy#cookies");
  });
});

describe("formatDate", () => {
  it("writes a content date out in the page's language, whatever the time zone", () => {
    expect(formatDate("2026-11-26")).toBe("26 November 2026");
    expect(formatDate("2026-01-01", "en")).toBe("1 January 2026");
    expect(formatDate("2026-11-26", "fr")).toBe("26 novembre 2026");
  });

  it("refuses a language the site has no dictionary for", () => {
    expect(() => formatDate("2026-11-26", "de")).toThrow(/no dictionary for "de"/);
  });
});

describe("addresses in each language", () => {
  it("keeps the English addresses and puts the French under /fr, with the same ids", () => {
    expect(localizedPath("en", "/privacy/cookies")).toBe("/privacy/cookies");
    expect(localizedPath("fr", "/privacy/cookies")).toBe("/fr/privacy/cookies");
    expect(pathsIn("fr").data.json).toBe("/fr/privacy.json");
    expect(pathsIn("fr").embedSection("cookies")).toBe("/fr/privacy/embed/cookies");
  });

  it("names a page in every language it exists in, absolute, with x-default on the English", () => {
    expect(languageAlternates("https://smartsiptv.fr", "/privacy/cookies", ["en", "fr"])).toEqual({
      en: "https://smartsiptv.fr/privacy/cookies",
      fr: "https://smartsiptv.fr/fr/privacy/cookies",
      "x-default": "https://smartsiptv.fr/privacy/cookies",
    });
    expect(languageAlternates("https://smartsiptv.fr", "/privacy/versions/2027-01-15", ["en"])).toEqual({
      en: "https://smartsiptv.fr/privacy/versions/2027-01-15",
      "x-default": "https://smartsiptv.fr/privacy/versions/2027-01-15",
    });
  });
});
