import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { PolicyHeader } from "@/components/PolicyHeader";
import { PolicyText } from "@/components/PolicyText";
import { SiteChrome } from "@/components/SiteChrome";
import { UpcomingVersions } from "@/components/VersionNotices";
import { pageJsonLd, pageMetadata, sitePages } from "@/lib/outputs/page-metadata";
import { POLICY_PATH } from "@/lib/outputs/paths";
import { getTimeline } from "@/lib/policy";
import { LANGUAGES } from "@/lib/outputs/language";

export function policyPageMetadata(language: string): Metadata {
  const policy = getTimeline(language).current;
  return pageMetadata(policy, sitePages(policy).policy);
}

/** The version in effect on the build date, and notice of any version announced to take effect later. */
export function PolicyPage({ language }: { language: string }) {
  const { current: policy, upcoming } = getTimeline(language);
  return (
    <SiteChrome page={{ language, path: POLICY_PATH, languages: LANGUAGES }}>
      <div className="policy-layout">
        <JsonLd data={pageJsonLd(policy, sitePages(policy).policy)} />
        <PolicyHeader policy={policy} current>
          <UpcomingVersions current={policy} upcoming={upcoming} />
        </PolicyHeader>
        <PolicyText policy={policy} />
      </div>
    </SiteChrome>
  );
}
