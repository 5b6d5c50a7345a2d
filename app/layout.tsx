import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getPolicyMetadata } from "@/lib/policy";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { title, organization, siteUrl } = getPolicyMetadata();
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

/** Just the document: the site's pages get their header and footer from SiteChrome, the embed view none. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
