import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { PolicySection } from "@/components/PolicySection";
import { TableOfContents } from "@/components/TableOfContents";
import { pageJsonLd, pageMetadata, sitePages } from "@/lib/outputs/page-metadata";
import { getPolicy } from "@/lib/policy";

export function generateMetadata(): Metadata {
  const policy = getPolicy();
  return pageMetadata(policy, sitePages(policy).policy);
}

export default function PrivacyPolicyPage() {
  const policy = getPolicy();
  return (
    <div className="policy-layout">
      <JsonLd data={pageJsonLd(policy, sitePages(policy).policy)} />
      <header className="page-header">
        <h1>{policy.metadata.title}</h1>
        <LastUpdated date={policy.metadata.updated} />
      </header>
      <TableOfContents sections={policy.sections} />
      <article className="policy">
        {policy.sections.map((section) => (
          <PolicySection key={section.id} policy={policy} section={section} />
        ))}
      </article>
    </div>
  );
}
