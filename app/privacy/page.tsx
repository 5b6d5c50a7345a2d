import type { Metadata } from "next";
import { ClauseCopyButtons } from "@/components/ClauseCopyButtons";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { PolicySection } from "@/components/PolicySection";
import { TableOfContents } from "@/components/TableOfContents";
import { getAllSections, getPolicyMetadata } from "@/lib/policy";
import { getSitePages, pageJsonLd, pageMetadata } from "@/lib/seo/page-seo";

export function generateMetadata(): Metadata {
  return pageMetadata(getSitePages().policy);
}

export default function PrivacyPolicyPage() {
  const metadata = getPolicyMetadata();
  const sections = getAllSections();
  return (
    <div className="policy-layout">
      <JsonLd data={pageJsonLd(getSitePages().policy)} />
      <header className="page-header">
        <h1>{metadata.title}</h1>
        <LastUpdated date={metadata.updated} />
      </header>
      <TableOfContents sections={sections.map(({ id, number, title }) => ({ id, number, title }))} />
      <article className="policy">
        {sections.map((section) => (
          <PolicySection key={section.id} section={section} />
        ))}
      </article>
      <ClauseCopyButtons key="privacy" />
    </div>
  );
}
