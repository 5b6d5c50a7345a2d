import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { PolicyHeader } from "@/components/PolicyHeader";
import { PolicyText } from "@/components/PolicyText";
import { UpcomingVersions } from "@/components/VersionNotices";
import { pageJsonLd, pageMetadata, sitePages } from "@/lib/outputs/page-metadata";
import { getTimeline } from "@/lib/policy";

export function generateMetadata(): Metadata {
  const policy = getTimeline().current;
  return pageMetadata(policy, sitePages(policy).policy);
}

/** The version in effect on the build date, and notice of any version announced to take effect later. */
export default function PrivacyPolicyPage() {
  const { current: policy, upcoming } = getTimeline();
  return (
    <div className="policy-layout">
      <JsonLd data={pageJsonLd(policy, sitePages(policy).policy)} />
      <PolicyHeader policy={policy}>
        <UpcomingVersions upcoming={upcoming} />
      </PolicyHeader>
      <PolicyText policy={policy} />
    </div>
  );
}
