import { describe, expect, it } from "vitest";
import { DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH } from "@/lib/outputs/description";
import { notFoundMetadata, pageJsonLd, pageMetadata, sectionSitePage, sitePages } from "@/lib/outputs/page-metadata";
import { buildSitePages, indexablePages, sitePageJsonLd } from "@/lib/outputs/site-pages";
import { fixturePolicy, realPolicy } from "../policy/fixture-content";

const fixtureContent = () => fixturePolicy();

describe("buildSitePages on the real policy", () => {
  const content = realPolicy();
  const pages = buildSitePages(content);
  const all = [...indexablePages(pages), pages.notFound];

  it("titles the policy, each section, the contact page and the 404 page after the policy and the site", () => {
    expect(pages.policy.title).toBe("Privacy Policy — smartsiptv.fr");
    expect(pages.sections.find((page) => page.path === "/privacy/cookies")?.title).toBe("Cookies — Privacy Policy — smartsiptv.fr");
    expect(pages.contact.title).toBe("Contact — smartsiptv.fr");
    expect(pages.notFound.title).toBe("Page not found — Privacy Policy — smartsiptv.fr");
  });

  it("gives every page a title of its own, even section 10 and the contact page, both called Contact", () => {
    const titles = all.map((page) => page.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it(`gives every page a description of its own, ${DESCRIPTION_MIN_LENGTH}–${DESCRIPTION_MAX_LENGTH} characters long`, () => {
    for (const { description } of all) {
      expect(description.length, description).toBeGreaterThanOrEqual(DESCRIPTION_MIN_LENGTH);
      expect(description.length, description).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
    }
    const descriptions = all.map((page) => page.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it("describes a section by its own text", () => {
    expect(pages.sections.find((page) => page.path === "/privacy/childrens-privacy")?.description).toBe(
      "Our service is not directed to individuals under 18. We do not knowingly collect personal information from children.",
    );
  });

  it("describes the policy page by its outline of section titles", () => {
    expect(pages.policy.description).toMatch(/^The Privacy Policy of smartsiptv\.fr in 10 sections: Information We Collect, /);
  });

  it("dates each page by its own content: the policy's, a section's and the contact page's updated", () => {
    expect(pages.policy.updated).toBe(content.metadata.updated);
    expect(pages.sections.map((page) => page.updated)).toEqual(content.sections.map((section) => section.updated));
    expect(pages.contact.updated).toBe(content.contact.updated);
  });

  it("lists the policy, the ten sections and the contact page as indexable, by absolute URL", () => {
    expect(indexablePages(pages).map((page) => page.url)).toEqual([
      "https://smartsiptv.fr/privacy",
      ...content.sections.map((section) => `https://smartsiptv.fr/privacy/${section.id}`),
      "https://smartsiptv.fr/contact",
    ]);
  });

  it("builds URLs from SITE_URL when it is set", () => {
    const staging = buildSitePages(realPolicy("https://staging.example.com"));
    expect(staging.policy.url).toBe("https://staging.example.com/privacy");
    expect(staging.sections[0]?.breadcrumb?.[0]?.url).toBe("https://staging.example.com/privacy");
  });

  it("dates the JSON-LD of a page with the page's updated date, and gives sections a breadcrumb", () => {
    const cookies = pages.sections.find((page) => page.path === "/privacy/cookies");
    if (!cookies) throw new Error("no cookies section");
    expect(sitePageJsonLd(content, pages, cookies)["@graph"]).toEqual([
      expect.objectContaining({ "@type": "WebPage", datePublished: cookies.updated, dateModified: cookies.updated }),
      expect.objectContaining({ "@type": "BreadcrumbList" }),
    ]);
    expect(sitePageJsonLd(content, pages, pages.contact)["@graph"]).toEqual([expect.objectContaining({ "@type": "WebPage" })]);
  });
});

describe("buildSitePages on sections with very little text", () => {
  const pages = buildSitePages(fixtureContent());

  it(`still gives each section a distinct description of at least ${DESCRIPTION_MIN_LENGTH} characters, naming the section`, () => {
    const bravo = pages.sections.find((page) => page.path === "/privacy/bravo");
    expect(bravo?.description).toBe("Section 2 of the Privacy Policy of example.org, Section bravo: Text of section 2.");
    const descriptions = pages.sections.map((page) => page.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
    for (const description of descriptions) expect(description.length).toBeGreaterThanOrEqual(DESCRIPTION_MIN_LENGTH);
  });
});

describe("page metadata", () => {
  const content = realPolicy();

  it("builds every page's facts once per policy", () => {
    expect(sitePages(content)).toBe(sitePages(content));
    expect(sectionSitePage(content, "cookies")).toBe(sitePages(content).sections[4]);
    expect(sectionSitePage(content, "nope")).toBeUndefined();
  });

  it("states a page's title, description, canonical URL, Open Graph and Twitter card in full, image included", () => {
    const page = sitePages(content).contact;
    const images = [{ url: "/contact/opengraph-image", width: 1200, height: 630, type: "image/png", alt: "Contact: smartsiptv.fr Privacy Policy" }];
    expect(pageMetadata(content, page)).toEqual({
      title: { absolute: "Contact — smartsiptv.fr" },
      description: page.description,
      alternates: {
        canonical: "https://smartsiptv.fr/contact",
        languages: { en: "https://smartsiptv.fr/contact", fr: "https://smartsiptv.fr/fr/contact", "x-default": "https://smartsiptv.fr/contact" },
      },
      openGraph: {
        type: "website",
        siteName: "smartsiptv.fr",
        title: "Contact — smartsiptv.fr",
        description: page.description,
        locale: "en_GB",
        alternateLocale: ["fr_FR"],
        url: "https://smartsiptv.fr/contact",
        images,
      },
      twitter: { card: "summary_large_image", title: "Contact — smartsiptv.fr", description: page.description, images },
    });
    expect(pageJsonLd(content, page)).toEqual(sitePageJsonLd(content, sitePages(content), page));
  });

  it("keeps the 404 page out of search results, without a canonical URL", () => {
    const metadata = notFoundMetadata(content);
    expect(metadata.robots).toEqual({ index: false });
    expect(metadata.alternates).toBeUndefined();
    expect(metadata.openGraph).not.toHaveProperty("url");
  });
});

