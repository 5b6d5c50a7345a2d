import type { MetadataRoute } from "next";
import { sitePages } from "@/lib/outputs/page-metadata";
import { absoluteUrl, VERSIONS_PATH } from "@/lib/outputs/paths";
import { indexablePages } from "@/lib/outputs/site-pages";
import { newestAnnouncement } from "@/lib/outputs/version-history";
import { getTimeline } from "@/lib/policy";

/**
 * /sitemap.xml: every indexable page, dated by the content's own `updated` (as its page and JSON-LD show), and the
 * list of versions, dated by the newest announcement. Archived versions are not indexed, so not listed.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const timeline = getTimeline();
  const { current } = timeline;
  return [
    ...indexablePages(sitePages(current)).map((page) => ({ url: page.url, lastModified: page.updated })),
    { url: absoluteUrl(current.metadata.siteUrl, VERSIONS_PATH), lastModified: newestAnnouncement(timeline) },
  ];
}
