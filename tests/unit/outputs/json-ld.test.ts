import { describe, expect, it } from "vitest";
import { serializeJsonLd, type SiteFacts, webPageJsonLd } from "@/lib/outputs/json-ld";

const site: SiteFacts = {
  siteUrl: "https://example.org",
  organization: "example.org",
  contactEmail: "privacy@example.org",
  contactUrl: "https://example.org/contact",
  language: "en",
};
const page = {
  name: "Cookies",
  description: "We use essential cookies only.",
  url: "https://example.org/privacy/cookies",
  datePublished: "2026-01-02",
  dateModified: "2026-03-04",
};

describe("serializeJsonLd", () => {
  it("cannot close the script element it is embedded in", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>", note: "<!-- x" });
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
  });

  it("parses back to the same value", () => {
    const value = { name: "a < b </script>", list: [1, true, null, "line\u2028separator"], nested: { x: "<" } };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it("escapes the JavaScript line terminators U+2028 and U+2029", () => {
    expect(serializeJsonLd("a\u2028b\u2029c")).toBe('"a\\u2028b\\u2029c"');
  });
});

describe("webPageJsonLd", () => {
  it("describes the page as a WebPage of the WebSite, published by the Organization with its contact email", () => {
    const document = webPageJsonLd(site, page);
    expect(document["@context"]).toBe("https://schema.org");
    expect(document["@graph"]).toEqual([
      expect.objectContaining({
        "@type": "WebPage",
        name: "Cookies",
        url: "https://example.org/privacy/cookies",
        inLanguage: "en",
        datePublished: "2026-01-02",
        dateModified: "2026-03-04",
        isPartOf: expect.objectContaining({ "@type": "WebSite", url: "https://example.org", name: "example.org" }),
        publisher: expect.objectContaining({
          "@type": "Organization",
          name: "example.org",
          contactPoint: expect.objectContaining({ "@type": "ContactPoint", email: "privacy@example.org" }),
        }),
      }),
    ]);
  });

  it("adds no breadcrumb unless one is given", () => {
    expect(webPageJsonLd(site, page)["@graph"]).toEqual([expect.not.objectContaining({ breadcrumb: expect.anything() })]);
  });

  it("adds a BreadcrumbList numbered from 1 and links the page to it", () => {
    const document = webPageJsonLd(site, page, [
      { name: "Privacy Policy", url: "https://example.org/privacy" },
      { name: "Cookies", url: "https://example.org/privacy/cookies" },
    ]);
    expect(document["@graph"]).toEqual([
      expect.objectContaining({ "@type": "WebPage", breadcrumb: { "@id": "https://example.org/privacy/cookies#breadcrumb" } }),
      {
        "@type": "BreadcrumbList",
        "@id": "https://example.org/privacy/cookies#breadcrumb",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: "Privacy Policy", item: "https://example.org/privacy" },
          { "@type": "ListItem", position: 2, name: "Cookies", item: "https://example.org/privacy/cookies" },
        ],
      },
    ]);
  });
});
