import type { Metadata } from "next";
import type { Policy } from "../policy";
import type { JsonObject } from "./json-ld";
import { OG_IMAGE_SIZE } from "./palette";
import { ogImagePath, sectionPath } from "./paths";
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
 * A page's complete metadata. Next merges `openGraph` and `twitter` shallowly, so each page states them in full,
 * its image too: the image routes live outside the (site) route group (app/privacy/…/opengraph-image.tsx), where
 * Next gives them a plain address instead of a suffixed one, and so are named here rather than found by Next.
 */
export function pageMetadata(policy: Policy, page: SitePage): Metadata {
  const { organization } = policy.metadata;
  const image = { url: ogImagePath(page.path), ...OG_IMAGE_SIZE, type: "image/png", alt: page.card.alt };
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
      images: [image],
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images: [image] },
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
