import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  const metadata = getPolicyMetadata();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader organization={metadata.organization} />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter metadata={metadata} />
      </body>
    </html>
  );
}
