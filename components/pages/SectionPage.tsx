import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnchorAliases } from "@/components/AnchorAliases";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { CHANGES_SECTION_ID, VersionsLink } from "@/components/PolicySection";
import { QrHandoff } from "@/components/QrHandoff";
import { RenderedHtml } from "@/components/RenderedHtml";
import { SectionHeadingLinks } from "@/components/SectionHeadingLinks";
import { SectionLagNotice, sectionLanguage } from "@/components/SectionLagNotice";
import { SectionPager } from "@/components/SectionPager";
import { SiteChrome } from "@/components/SiteChrome";
import { dictionaryOf, LANGUAGES } from "@/lib/outputs/language";
import { pageJsonLd, pageMetadata, sectionSitePage } from "@/lib/outputs/page-metadata";
import { pathsIn, sectionPath } from "@/lib/outputs/paths";
import { renderHtml } from "@/lib/outputs/section-html";
import { getPolicy } from "@/lib/policy";

export function sectionPageParams(language: string): { id: string }[] {
  return getPolicy(language).sections.map((section) => ({ id: section.id }));
}

export function sectionPageMetadata(language: string, id: string): Metadata {
  const policy = getPolicy(language);
  const page = sectionSitePage(policy, id);
  return page ? pageMetadata(policy, page) : {};
}

/** One section on a page of its own: /privacy/ID, /fr/privacy/ID. */
export function SectionPage({ language, id }: { language: string; id: string }) {
  const policy = getPolicy(language);
  const { sections } = policy;
  const position = sections.findIndex((candidate) => candidate.id === id);
  const section = sections[position];
  const sitePage = sectionSitePage(policy, id);
  if (!section || !sitePage) notFound();
  const words = dictionaryOf(language);
  const paths = pathsIn(language);
  return (
    <SiteChrome page={{ language, path: sectionPath(id), languages: LANGUAGES }}>
      <article className="page-column section-page" id={section.id} lang={sectionLanguage(policy, section)}>
        <JsonLd data={pageJsonLd(policy, sitePage)} />
        <AnchorAliases ids={policy.retiredAnchors.get(section.id) ?? []} />
        <header className="page-header">
          <p className="eyebrow">
            <a href={paths.policy}>{policy.metadata.title}</a> · {words.sectionOf(section.number, sections.length)}
          </p>
          <div className="section-heading">
            <h1>{section.title}</h1>
            <SectionHeadingLinks policy={policy} section={section} />
          </div>
          <LastUpdated date={section.updated} label={words.sectionLastUpdated} language={language} />
        </header>
        <SectionLagNotice policy={policy} section={section} />
        <RenderedHtml className="prose" html={renderHtml(policy, section.tree, "page")} />
        {section.id === CHANGES_SECTION_ID ? <VersionsLink language={language} /> : null}
        <QrHandoff url={sitePage.url} language={language} />
        <SectionPager sections={sections} position={position} pathOf={paths.section} fullPolicy={`${paths.policy}#${section.id}`} language={language} />
      </article>
    </SiteChrome>
  );
}
