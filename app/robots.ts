import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";

/** /robots.txt: the whole site may be crawled; the sitemap is named by its absolute URL, as the protocol requires. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl(getPolicy().metadata.siteUrl, "/sitemap.xml") };
}
