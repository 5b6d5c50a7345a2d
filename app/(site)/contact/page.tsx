import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { LastUpdated } from "@/components/LastUpdated";
import { RenderedHtml } from "@/components/RenderedHtml";
import { pageJsonLd, pageMetadata, sitePages } from "@/lib/outputs/page-metadata";
import { renderHtml } from "@/lib/outputs/section-html";
import { getPolicy } from "@/lib/policy";

export function generateMetadata(): Metadata {
  const policy = getPolicy();
  return pageMetadata(policy, sitePages(policy).contact);
}

export default function ContactPage() {
  const policy = getPolicy();
  const { contact } = policy;
  return (
    <article className="page-column">
      <JsonLd data={pageJsonLd(policy, sitePages(policy).contact)} />
      <header className="page-header">
        <h1>{contact.title}</h1>
        <LastUpdated date={contact.updated} />
      </header>
      <RenderedHtml className="prose" html={renderHtml(policy, contact.tree, "page")} />
    </article>
  );
}
