import type { Metadata } from "next";
import { SiteChrome } from "@/components/SiteChrome";
import { notFoundMetadata } from "@/lib/outputs/page-metadata";
import { POLICY_PATH, sectionPath } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";

export function generateMetadata(): Metadata {
  return notFoundMetadata(getPolicy());
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
  const { metadata, sections } = getPolicy();
  return (
    <article className="page-column">
      <header className="page-header">
        <h1>Page not found</h1>
        <p>
          There is no page at this address. The <a href={POLICY_PATH}>{metadata.title}</a> is here in full, and each of its
          sections has a page of its own:
        </p>
      </header>
      <ol className="section-links">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={sectionPath(section.id)}>{section.title}</a>
          </li>
        ))}
      </ol>
    </article>
  );
}
