import type { MetadataRoute } from "next";
import { sitePages } from "@/lib/outputs/page-metadata";
import { indexablePages } from "@/lib/outputs/site-pages";
import { getPolicy } from "@/lib/policy";

/** /sitemap.xml: every indexable page, dated by the content's own `updated` (as its page and JSON-LD show). */
export default function sitemap(): MetadataRoute.Sitemap {
  return indexablePages(sitePages(getPolicy())).map((page) => ({ url: page.url, lastModified: page.updated }));
}
