import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import siteScript from "@/lib/generated/site-script.json";
import { SITE_LANGUAGE } from "@/lib/outputs/language";
import { DATA_PATHS } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";
import "./palette.generated.css";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { title, organization, siteUrl } = getPolicy().metadata;
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${title} — ${organization}`, template: `%s — ${title} — ${organization}` },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

/**
 * Just the document: the site's pages get their header and footer from the (site) layout, the embed view none.
 * The one script of every page is ours (client/, built by scripts/build-client.ts); the strings it shows are here,
 * so that the page, not the script, owns its language.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  const { title } = getPolicy().metadata;
  return (
    <html lang={SITE_LANGUAGE} data-copy-text="Copy link" data-copied-text="Link copied">
      <head>
        <script src={siteScript.src} defer />
        {/* Every page announces the feed of the policy's versions, so a reader's feed finder sees it anywhere. */}
        <link rel="alternate" type="application/atom+xml" href={DATA_PATHS.feed} title={`${title}: versions`} />
      </head>
      <body>{children}</body>
    </html>
  );
}
