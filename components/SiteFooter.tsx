import { absoluteUrl, CONTACT_PATH } from "@/lib/outputs/paths";
import type { PolicyMetadata } from "@/lib/policy";
import { DateText } from "./DateText";

export function SiteFooter({ metadata }: { metadata: PolicyMetadata }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
        {metadata.title} of {metadata.organization}, last updated{" "}
        <DateText date={metadata.updated} />.{" "}
        Questions? <a href={CONTACT_PATH} data-print-url={absoluteUrl(metadata.siteUrl, CONTACT_PATH)}>
          Contact us
        </a> or write to{" "}
        <a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>.
        </p>
      </div>
    </footer>
  );
}
