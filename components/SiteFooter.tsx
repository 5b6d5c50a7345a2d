import Link from "next/link";
import { formatDate } from "@/lib/format-date";
import type { PolicyMetadata } from "@/lib/policy";

export function SiteFooter({ metadata }: { metadata: PolicyMetadata }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
        {metadata.title} of {metadata.organization}, last updated{" "}
        <time dateTime={metadata.updated}>{formatDate(metadata.updated)}</time>.{" "}
        Questions? <Link href="/contact" data-print-url={new URL("/contact", metadata.siteUrl).href}>
          Contact us
        </Link> or write to{" "}
        <a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>.
        </p>
      </div>
    </footer>
  );
}
