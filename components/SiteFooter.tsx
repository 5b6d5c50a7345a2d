import { Parts } from "@/components/Parts";
import { dictionaryOf } from "@/lib/outputs/language";
import { absoluteUrl, pathsIn } from "@/lib/outputs/paths";
import type { Policy } from "@/lib/policy";
import { DateText } from "./DateText";

export function SiteFooter({ policy }: { policy: Policy }) {
  const { metadata, language } = policy;
  const words = dictionaryOf(language);
  const contactPath = pathsIn(language).contact;
  const contactLink = (
    <a href={contactPath} data-print-url={absoluteUrl(metadata.siteUrl, contactPath)}>
      {words.contactUs}
    </a>
  );
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          {words.footerAbout(metadata.title, metadata.organization)} <DateText date={metadata.updated} language={language} />.{" "}
          <Parts parts={words.footerQuestions(contactLink, <a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>)} />
        </p>
      </div>
    </footer>
  );
}
