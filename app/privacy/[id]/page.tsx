import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnchorAliases } from "@/components/AnchorAliases";
import { ClauseCopyButtons } from "@/components/ClauseCopyButtons";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { QrHandoff } from "@/components/QrHandoff";
import { RenderedHtml } from "@/components/RenderedHtml";
import { SectionHeadingLinks } from "@/components/SectionHeadingLinks";
import { SectionPager } from "@/components/SectionPager";
import { absoluteUrl, getAllSections, getPolicyMetadata, getSection } from "@/lib/policy";
import { getSectionSitePage, pageJsonLd, pageMetadata } from "@/lib/seo/page-seo";

type SectionPageProps = { params: Promise<{ id: string }> };

// Only the ten section ids exist; any other id is a 404, decided at build time (proxy.ts redirects the
// numbers, other letter cases and retired ids to these first).
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getAllSections().map((section) => ({ id: section.id }));
}

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const page = getSectionSitePage((await params).id);
  return page ? pageMetadata(page) : {};
}

export default async function SectionPage({ params }: SectionPageProps) {
  const section = getSection((await params).id);
  if (!section) notFound();
  const { title } = getPolicyMetadata();
  const sections = getAllSections();
  const index = sections.indexOf(section);
  const sitePage = getSectionSitePage(section.id);
  return (
    <article className="page-column section-page" id={section.id}>
      {sitePage && <JsonLd data={pageJsonLd(sitePage)} />}
      <AnchorAliases ids={section.aliases} />
      <header className="page-header">
        <p className="eyebrow">
          <Link href="/privacy">{title}</Link> · Section {section.number} of {sections.length}
        </p>
        <div className="section-heading">
          <h1>{section.title}</h1>
          <SectionHeadingLinks id={section.id} number={section.number} title={section.title} shareUrl={section.shareUrl} />
        </div>
        <LastUpdated date={section.updated} label="Section last updated" />
      </header>
      <RenderedHtml className="prose" html={section.html} />
      <QrHandoff url={absoluteUrl(`/privacy/${section.id}`)} />
      <SectionPager previous={sections[index - 1]} next={sections[index + 1]} current={section} />
      <ClauseCopyButtons key={section.id} />
    </article>
  );
}
