import type { MetadataRoute } from "next";
import { getSitePages } from "@/lib/seo/page-seo";
import { indexablePages } from "@/lib/seo/site-pages";

/** /sitemap.xml: every indexable page, dated by the content's own `updated` (as its page and JSON-LD show). */
export default function sitemap(): MetadataRoute.Sitemap {
  return indexablePages(getSitePages()).map((page) => ({ url: page.url, lastModified: page.updated }));
}
