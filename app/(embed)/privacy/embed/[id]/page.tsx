import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedSection } from "@/components/EmbedSection";
import { EMBED_PATH } from "@/lib/embed/embed-params";
import { getEmbedSections } from "@/lib/embed/embed-sections";
import { getPolicyMetadata } from "@/lib/policy";

type EmbedSectionPageProps = { params: Promise<{ id: string }> };

// The ten sections, prerendered; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getEmbedSections().map((section) => ({ id: section.id }));
}

function findSection(id: string) {
  return getEmbedSections().find((section) => section.id === id);
}

export async function generateMetadata({ params }: EmbedSectionPageProps): Promise<Metadata> {
  const section = findSection((await params).id);
  if (!section) return {};
  return { title: section.title, alternates: { canonical: `/privacy/${section.id}` } };
}

/** /privacy/embed/ID: one section, for an app that opens the policy on a given topic. Links stay in the embed view. */
export default async function EmbedSectionPage({ params }: EmbedSectionPageProps) {
  const section = findSection((await params).id);
  if (!section) notFound();
  const { title } = getPolicyMetadata();
  const sections = getEmbedSections();
  const index = sections.indexOf(section);
  const previous = sections[index - 1];
  const next = sections[index + 1];
  return (
    <main id="main" className="embed-main">
      <p className="embed-eyebrow">
        <a href={`${EMBED_PATH}#${section.id}`}>{title}</a> · Section {section.number} of {sections.length}
      </p>
      <EmbedSection section={section} alone />
      <nav className="section-pager" aria-label="Sections">
        <ul>
          {previous && (
            <li className="pager-previous">
              <a href={`${EMBED_PATH}/${previous.id}`} rel="prev">
                <span className="pager-label">Previous</span> {previous.number}. {previous.title}
              </a>
            </li>
          )}
          {next && (
            <li className="pager-next">
              <a href={`${EMBED_PATH}/${next.id}`} rel="next">
                <span className="pager-label">Next</span> {next.number}. {next.title}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </main>
  );
}
