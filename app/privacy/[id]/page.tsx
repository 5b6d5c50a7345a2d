import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { RenderedHtml } from "@/components/RenderedHtml";
import { getAllSections, getPolicyMetadata, getSection } from "@/lib/policy";
import { getSectionSitePage, pageJsonLd, pageMetadata } from "@/lib/seo/page-seo";

type SectionPageProps = { params: Promise<{ id: string }> };

// Only the ten section ids exist; any other id is a 404, decided at build time.
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
  const total = getAllSections().length;
  const sitePage = getSectionSitePage(section.id);
  return (
    <article className="policy section-page" id={section.id}>
      {sitePage && <JsonLd data={pageJsonLd(sitePage)} />}
      <header className="page-header">
        <p className="eyebrow">
          <Link href="/privacy">{title}</Link> · Section {section.number} of {total}
        </p>
        <h1>{section.title}</h1>
        <LastUpdated date={section.updated} label="Section last updated" />
      </header>
      <RenderedHtml className="prose" html={section.html} />
      <p className="in-context">
        <Link href={`/privacy#${section.id}`}>Read this section in the full {title}</Link>
      </p>
    </article>
  );
}
