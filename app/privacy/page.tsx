import type { Metadata } from "next";
import { ClauseCopyButtons } from "@/components/ClauseCopyButtons";
import { LastUpdated } from "@/components/LastUpdated";
import { PolicySection } from "@/components/PolicySection";
import { TableOfContents } from "@/components/TableOfContents";
import { getAllSections, getPolicyMetadata } from "@/lib/policy";

export function generateMetadata(): Metadata {
  const { title, organization } = getPolicyMetadata();
  return { title: { absolute: `${title} — ${organization}` }, alternates: { canonical: "/privacy" } };
}

export default function PrivacyPolicyPage() {
  const metadata = getPolicyMetadata();
  const sections = getAllSections();
  return (
    <div className="policy-layout">
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
