import type { ReactNode } from "react";
import { getPolicy } from "@/lib/policy";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/**
 * The site's header, main landmark and footer around a page. Not in the root layout because the embed view
 * (/privacy/embed, for apps and TVs) must have none of it; the site's layouts and the 404 page use this.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  const { metadata } = getPolicy();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader organization={metadata.organization} />
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter metadata={metadata} />
    </>
  );
}
