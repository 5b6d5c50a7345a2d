import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/app/embed.css";

// The embed view repeats the policy for apps: search engines should index the policy page, which each embed page
// names as its canonical address.
export const embedLayoutMetadata: Metadata = { robots: { index: false, follow: true } };

/**
 * The policy for an app's WebView or a TV: no site header, navigation or footer. The enhancement script (client/)
 * applies ?theme= and ?size= and the TV remote's arrow keys wherever it finds this root.
 */
export function EmbedLayout({ children }: { children: ReactNode }) {
  return <div className="embed">{children}</div>;
}
