import type { Metadata } from "next";
import { LastUpdated } from "@/components/LastUpdated";
import { RenderedHtml } from "@/components/RenderedHtml";
import { getContactPage } from "@/lib/policy";

export function generateMetadata(): Metadata {
  return { title: getContactPage().title, alternates: { canonical: "/contact" } };
}

export default function ContactPage() {
  const contact = getContactPage();
  return (
    <article className="page-column">
      <header className="page-header">
        <h1>{contact.title}</h1>
        <LastUpdated date={contact.updated} />
      </header>
      <RenderedHtml className="prose" html={contact.html} />
    </article>
  );
}
