import type { Metadata } from "next";
import type { Policy } from "../policy";
import type { JsonObject } from "./json-ld";
import { OG_IMAGE_SIZE } from "./palette";
import { dictionaryOf, LANGUAGES } from "./language";
import { localizedPath, ogImagePath, sectionPath } from "./paths";
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
  return sitePages(policy).sections.find((page) => page.path === localizedPath(policy.language, sectionPath(id)));
}

/**
 * What every page's metadata is made of: its language, title and description, and its canonical URL and its
 * addresses in each language (hreflang) if it has them.
 */
type MetadataFacts = { language: string; title: string; description: string; url?: string; alternates?: Record<string, string> };
/** A link-preview image: the one drawn beside `pagePath` (see ogImagePath). */
type MetadataImage = { pagePath: string; alt: string };

/**
 * A page's complete metadata. Next merges `openGraph` and `twitter` shallowly, so each page states them in full,
 * its image too: the image routes live outside the language route groups (app/privacy/…/opengraph-image.tsx), where
 * Next gives them a plain address instead of a suffixed one, and so are named here rather than found by Next.
 * Without a URL there is no canonical URL or og:url; without an image, no images.
 */
export function metadataOf(organization: string, { language, title, description, url, alternates }: MetadataFacts, image?: MetadataImage): Metadata {
  const ogImage = image && { url: ogImagePath(image.pagePath), ...OG_IMAGE_SIZE, type: "image/png", alt: image.alt };
  const images = ogImage ? { images: [ogImage] } : {};
  const otherLocales = LANGUAGES.filter((other) => other !== language && alternates?.[other] !== undefined).map((other) => dictionaryOf(other).ogLocale);
  const locales = { locale: dictionaryOf(language).ogLocale, ...(otherLocales.length > 0 ? { alternateLocale: otherLocales } : {}) };
  return {
    title: { absolute: title },
    description,
    ...(url === undefined ? {} : { alternates: { canonical: url, ...(alternates ? { languages: alternates } : {}) } }),
    openGraph: { type: "website", siteName: organization, title, description, ...locales, ...(url === undefined ? {} : { url }), ...images },
    twitter: { card: "summary_large_image", title, description, ...images },
  };
}

export function pageMetadata(policy: Policy, page: SitePage): Metadata {
  return metadataOf(policy.metadata.organization, { language: policy.language, ...page }, { pagePath: page.path, alt: page.card.alt });
}

/**
 * The 404 page is shown at any unknown address, so it has no canonical URL or og:url of its own, and it is
 * kept out of search results.
 */
export function notFoundMetadata(policy: Policy): Metadata {
  const pages = sitePages(policy);
  return {
    ...metadataOf(policy.metadata.organization, { language: policy.language, ...pages.notFound }, { pagePath: pages.policy.path, alt: pages.policy.card.alt }),
    robots: { index: false },
  };
}

/**
 * An embed view page's metadata: the title and preview of the site page it repeats, which is its canonical URL
 * (apps show it; search engines should index the site page). Images are named, as on every page: a file-based
 * image would resolve against no site address here.
 */
export function embedMetadata(policy: Policy, page: SitePage): Metadata {
  return {
    ...metadataOf(policy.metadata.organization, { language: policy.language, title: page.title, description: page.description }, { pagePath: page.path, alt: page.card.alt }),
    alternates: { canonical: page.url },
  };
}

export function pageJsonLd(policy: Policy, page: SitePage): JsonObject {
  return sitePageJsonLd(policy, sitePages(policy), page);
}
