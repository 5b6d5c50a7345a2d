import { describe, expect, it } from "vitest";
import { formatDate, SITE_LANGUAGE } from "@/lib/outputs/language";
import { absoluteUrl, displayAddress, embedSectionPath, sectionPath } from "@/lib/outputs/paths";

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
  it("writes a content date out in the site's language, whatever the time zone", () => {
    expect(SITE_LANGUAGE).toBe("en");
    expect(formatDate("2026-11-26")).toBe("26 November 2026");
    expect(formatDate("2026-01-01")).toBe("1 January 2026");
  });
});
