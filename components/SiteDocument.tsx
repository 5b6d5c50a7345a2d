import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import siteScript from "@/lib/generated/site-script.json";
import { dictionaryOf } from "@/lib/outputs/language";
import { DATA_PATHS } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";
import "@/app/palette.generated.css";
import "@/app/globals.css";

export function documentMetadata(language: string): Metadata {
  const { title, organization, siteUrl } = getPolicy(language).metadata;
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${title} — ${organization}`, template: `%s — ${title} — ${organization}` },
  };
}

export const documentViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

/**
 * The document of every page in one language: each language's root layout (app/(en), app/(fr)) renders it, so
 * `<html lang>` is decided where the page is, never rewritten after the build. The site's pages bring their header
 * and footer (SiteChrome), the embed view none. The one script of every page is ours (client/); the strings it
 * shows are here, so that the page, not the script, owns its language.
 */
export function SiteDocument({ language, children }: { language: string; children: ReactNode }) {
  const { title } = getPolicy(language).metadata;
  const words = dictionaryOf(language);
  return (
    <html lang={language} data-copy-text={words.copyLink} data-copied-text={words.linkCopied}>
      {/* The root layouts' document: the rule is for pages, and app/ layouts are exempt from it. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script src={siteScript.src} defer />
        {/* Every page announces the feed of the policy's versions, so a reader's feed finder sees it anywhere. */}
        <link rel="alternate" type="application/atom+xml" href={DATA_PATHS.feed} title={words.feedTitle(title)} hrefLang="en" />
      </head>
      <body>{children}</body>
    </html>
  );
}
