import type { Metadata } from "next";
import { cache } from "react";
import { getAllSections, getContactPage, getPolicyMetadata } from "../policy";
import type { JsonObject } from "./json-ld";
import { buildSitePages, type SitePage, type SitePages, sitePageJsonLd } from "./site-pages";

/** The search-engine facts of every page of the built site (see site-pages.ts). */
export const getSitePages = cache(
  (): SitePages =>
    buildSitePages({ metadata: getPolicyMetadata(), sections: getAllSections(), contact: getContactPage() }),
);

export function getSectionSitePage(id: string): SitePage | undefined {
  return getSitePages().sections.find((page) => page.path === `/privacy/${id}`);
}

/**
 * A page's complete metadata. Next merges `openGraph` and `twitter` shallowly, so each page states them in full;
 * the images come from the nearest opengraph-image file, and Twitter's from Open Graph's.
 */
export function pageMetadata(page: SitePage): Metadata {
  const { organization } = getPolicyMetadata();
  return {
    title: { absolute: page.title },
    description: page.description,
    alternates: { canonical: page.url },
    openGraph: {
      type: "website",
      siteName: organization,
      title: page.title,
      description: page.description,
      url: page.url,
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description },
  };
}

/**
 * The 404 page is shown at any unknown address, so it has no canonical URL or og:url of its own, and it is
 * kept out of search results.
 */
export function notFoundMetadata(): Metadata {
  const { organization } = getPolicyMetadata();
  const { title, description } = getSitePages().notFound;
  return {
    title: { absolute: title },
    description,
    robots: { index: false },
    openGraph: { type: "website", siteName: organization, title, description },
    twitter: { card: "summary_large_image", title, description },
  };
}

export function pageJsonLd(page: SitePage): JsonObject {
  return sitePageJsonLd({ metadata: getPolicyMetadata() }, getSitePages(), page);
}
