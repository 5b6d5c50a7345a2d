import type { Metadata } from "next";
import Link from "next/link";
import { SiteChrome } from "@/components/SiteChrome";
import { getAllSections, getPolicyMetadata } from "@/lib/policy";
import { notFoundMetadata } from "@/lib/seo/page-seo";

export function generateMetadata(): Metadata {
  return notFoundMetadata();
}

// The root layout is bare (the embed view has no site chrome), so the 404 page brings its own.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}

function NotFoundContent() {
  const { title } = getPolicyMetadata();
  return (
    <article className="page-column">
      <header className="page-header">
        <h1>Page not found</h1>
        <p>
          There is no page at this address. The <Link href="/privacy">{title}</Link> is here in full, and each of its
          sections has a page of its own:
        </p>
      </header>
      <ol className="section-links">
        {getAllSections().map((section) => (
          <li key={section.id}>
            <Link href={`/privacy/${section.id}`}>{section.title}</Link>
          </li>
        ))}
      </ol>
    </article>
  );
}
