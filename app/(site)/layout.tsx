import type { ReactNode } from "react";
import { SiteChrome } from "@/components/SiteChrome";

/** The site's pages (/privacy, /privacy/ID, /contact): header, main landmark and footer. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
