import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnchorAliases } from "@/components/AnchorAliases";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { QrHandoff } from "@/components/QrHandoff";
import { CHANGES_SECTION_ID, VersionsLink } from "@/components/PolicySection";
import { RenderedHtml } from "@/components/RenderedHtml";
import { SectionHeadingLinks } from "@/components/SectionHeadingLinks";
import { SectionPager } from "@/components/SectionPager";
import { pageJsonLd, pageMetadata, sectionSitePage } from "@/lib/outputs/page-metadata";
import { POLICY_PATH, sectionPath } from "@/lib/outputs/paths";
import { renderHtml } from "@/lib/outputs/section-html";
import { getPolicy } from "@/lib/policy";

type SectionPageProps = { params: Promise<{ id: string }> };

// Only the sections' ids exist; any other id is a 404, decided at build time (proxy.ts redirects the numbers,
// other letter cases and retired ids to these first).
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getPolicy().sections.map((section) => ({ id: section.id }));
}

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const policy = getPolicy();
  const page = sectionSitePage(policy, (await params).id);
  return page ? pageMetadata(policy, page) : {};
}

export default async function SectionPage({ params }: SectionPageProps) {
  const policy = getPolicy();
  const { sections } = policy;
  const id = (await params).id;
  const position = sections.findIndex((candidate) => candidate.id === id);
  const section = sections[position];
  const sitePage = sectionSitePage(policy, id);
  if (!section || !sitePage) notFound();
  return (
    <article className="page-column section-page" id={section.id}>
      <JsonLd data={pageJsonLd(policy, sitePage)} />
      <AnchorAliases ids={policy.retiredAnchors.get(section.id) ?? []} />
      <header className="page-header">
        <p className="eyebrow">
          <a href={POLICY_PATH}>{policy.metadata.title}</a> · Section {section.number} of {sections.length}
        </p>
        <div className="section-heading">
          <h1>{section.title}</h1>
          <SectionHeadingLinks policy={policy} section={section} />
        </div>
        <LastUpdated date={section.updated} label="Section last updated" />
      </header>
      <RenderedHtml className="prose" html={renderHtml(policy, section.tree, "page")} />
      {section.id === CHANGES_SECTION_ID ? <VersionsLink /> : null}
      <QrHandoff url={sitePage.url} />
      <SectionPager sections={sections} position={position} pathOf={sectionPath} fullPolicy={`${POLICY_PATH}#${section.id}`} />
    </article>
  );
}
