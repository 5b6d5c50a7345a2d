import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { RenderedHtml } from "@/components/RenderedHtml";
import { SiteChrome } from "@/components/SiteChrome";
import { dictionaryOf, LANGUAGES } from "@/lib/outputs/language";
import { pageJsonLd, pageMetadata, sitePages } from "@/lib/outputs/page-metadata";
import { CONTACT_PATH } from "@/lib/outputs/paths";
import { renderHtml } from "@/lib/outputs/section-html";
import { getPolicy } from "@/lib/policy";

export function contactPageMetadata(language: string): Metadata {
  const policy = getPolicy(language);
  return pageMetadata(policy, sitePages(policy).contact);
}

export function ContactPage({ language }: { language: string }) {
  const policy = getPolicy(language);
  const { contact } = policy;
  return (
    <SiteChrome page={{ language, path: CONTACT_PATH, languages: LANGUAGES }}>
      <article className="page-column">
        <JsonLd data={pageJsonLd(policy, sitePages(policy).contact)} />
        <header className="page-header">
          <h1>{contact.title}</h1>
          <LastUpdated date={contact.updated} label={dictionaryOf(language).lastUpdated} language={language} />
        </header>
        <RenderedHtml className="prose" html={renderHtml(policy, contact.tree, "page")} />
      </article>
    </SiteChrome>
  );
}
