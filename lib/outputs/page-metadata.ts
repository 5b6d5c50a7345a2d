import type { Metadata } from "next";
import type { Policy } from "../policy";
import type { JsonObject } from "./json-ld";
import { sectionPath } from "./paths";
import { buildSitePages, type SitePage, type SitePages, sitePageJsonLd } from "./site-pages";

const built = new WeakMap<Policy, SitePages>();

/** The search-engine facts of every page (see site-pages.ts), made once per policy. */
export function sitePages(policy: Policy): SitePages {
  let pages = built.get(policy);
  if (!pages) {
    pages = buildSitePages(policy);
    built.set(policy, pages);
  }
  return pages;
}

export function sectionSitePage(policy: Policy, id: string): SitePage | undefined {
  return sitePages(policy).sections.find((page) => page.path === sectionPath(id));
}

/**
 * A page's complete metadata. Next merges `openGraph` and `twitter` shallowly, so each page states them in full;
 * the images come from the nearest opengraph-image file, and Twitter's from Open Graph's.
 */
export function pageMetadata(policy: Policy, page: SitePage): Metadata {
  const { organization } = policy.metadata;
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
export function notFoundMetadata(policy: Policy): Metadata {
  const { organization } = policy.metadata;
  const { title, description } = sitePages(policy).notFound;
  return {
    title: { absolute: title },
    description,
    robots: { index: false },
    openGraph: { type: "website", siteName: organization, title, description },
    twitter: { card: "summary_large_image", title, description },
  };
}

export function pageJsonLd(policy: Policy, page: SitePage): JsonObject {
  return sitePageJsonLd(policy, sitePages(policy), page);
}
