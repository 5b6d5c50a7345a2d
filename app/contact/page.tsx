import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { RenderedHtml } from "@/components/RenderedHtml";
import { getContactPage } from "@/lib/policy";
import { getSitePages, pageJsonLd, pageMetadata } from "@/lib/seo/page-seo";

export function generateMetadata(): Metadata {
  return pageMetadata(getSitePages().contact);
}

export default function ContactPage() {
  const contact = getContactPage();
  return (
    <article className="page-column">
      <JsonLd data={pageJsonLd(getSitePages().contact)} />
      <header className="page-header">
        <h1>{contact.title}</h1>
        <LastUpdated date={contact.updated} />
      </header>
      <RenderedHtml className="prose" html={contact.html} />
    </article>
  );
}
