/** A JSON value, as JSON-LD documents are built from. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves `<` alone, so a value holding
 * `</script>` would end the element early and let the rest be read as HTML; `\u003c` is the same character to
 * a JSON parser and cannot close a tag. U+2028 and U+2029 are escaped too, for parsers that treat the script as
 * JavaScript source.
 */
export function serializeJsonLd(value: JsonValue): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export type SiteFacts = {
  /** The site's public origin, e.g. https://smartsiptv.fr */
  siteUrl: string;
  /** The organisation that publishes the site, also the site's name. */
  organization: string;
  contactEmail: string;
  /** Absolute URL of the contact page. */
  contactUrl: string;
  /** BCP 47 language of every page, as in `<html lang>`. */
  language: string;
};

export type WebPageFacts = {
  name: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** YYYY-MM-DD */
  datePublished: string;
  /** YYYY-MM-DD */
  dateModified: string;
};

export type BreadcrumbItem = { name: string; url: string };

const organizationId = (site: SiteFacts) => `${site.siteUrl}/#organization`;
const webSiteId = (site: SiteFacts) => `${site.siteUrl}/#website`;

/**
 * The schema.org description of one page: a WebPage that is part of the WebSite and published by the
 * Organization (with its contact email), plus a BreadcrumbList when `breadcrumb` is given. One `@graph`, so a
 * page carries a single JSON-LD block.
 */
export function webPageJsonLd(site: SiteFacts, page: WebPageFacts, breadcrumb?: readonly BreadcrumbItem[]): JsonObject {
  const organization: JsonObject = {
    "@type": "Organization",
    "@id": organizationId(site),
    name: site.organization,
    url: site.siteUrl,
    email: site.contactEmail,
    contactPoint: {
      "@type": "ContactPoint",
      contactType: "privacy inquiries",
      email: site.contactEmail,
      url: site.contactUrl,
      availableLanguage: site.language,
    },
  };
  const webSite: JsonObject = {
    "@type": "WebSite",
    "@id": webSiteId(site),
    name: site.organization,
    url: site.siteUrl,
    inLanguage: site.language,
    publisher: { "@id": organizationId(site) },
  };
  const webPage: JsonObject = {
    "@type": "WebPage",
    "@id": page.url,
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: site.language,
    datePublished: page.datePublished,
    dateModified: page.dateModified,
    isPartOf: webSite,
    publisher: organization,
  };
  if (!breadcrumb) return { "@context": "https://schema.org", "@graph": [webPage] };

  const breadcrumbId = `${page.url}#breadcrumb`;
  webPage.breadcrumb = { "@id": breadcrumbId };
  const breadcrumbList: JsonObject = {
    "@type": "BreadcrumbList",
    "@id": breadcrumbId,
    itemListElement: breadcrumb.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
  return { "@context": "https://schema.org", "@graph": [webPage, breadcrumbList] };
}
