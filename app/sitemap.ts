import type { MetadataRoute } from "next";
import { LANGUAGES, languageAlternates } from "@/lib/outputs/language";
import { sitePages } from "@/lib/outputs/page-metadata";
import { absoluteUrl, localizedPath, VERSIONS_PATH } from "@/lib/outputs/paths";
import { indexablePages } from "@/lib/outputs/site-pages";
import { newestAnnouncement } from "@/lib/outputs/version-history";
import { getTimeline } from "@/lib/policy";

/**
 * /sitemap.xml: every indexable page in every language, each with its alternates (hreflang, as its page declares),
 * dated by the content's own `updated` (as its page and JSON-LD show), and the list of versions, dated by the
 * newest announcement. Archived versions are not indexed, so not listed.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return LANGUAGES.flatMap((language) => {
    const timeline = getTimeline(language);
    const { siteUrl } = timeline.current.metadata;
    return [
      ...indexablePages(sitePages(timeline.current)).map((page) => ({ url: page.url, lastModified: page.updated, alternates: { languages: page.alternates } })),
      {
        url: absoluteUrl(siteUrl, localizedPath(language, VERSIONS_PATH)),
        lastModified: newestAnnouncement(timeline),
        alternates: { languages: languageAlternates(siteUrl, VERSIONS_PATH, LANGUAGES) },
      },
    ];
  });
}
