import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedSection } from "@/components/EmbedSection";
import { SectionPager } from "@/components/SectionPager";
import { EMBED_PATH, embedSectionPath, sectionPath } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";

type EmbedSectionPageProps = { params: Promise<{ id: string }> };

// The sections, prerendered; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getPolicy().sections.map((section) => ({ id: section.id }));
}

export async function generateMetadata({ params }: EmbedSectionPageProps): Promise<Metadata> {
  const id = (await params).id;
  const section = getPolicy().sections.find((candidate) => candidate.id === id);
  return section ? { title: section.title, alternates: { canonical: sectionPath(section.id) } } : {};
}

/** /privacy/embed/ID: one section, for an app that opens the policy on a given topic. Links stay in the embed view. */
export default async function EmbedSectionPage({ params }: EmbedSectionPageProps) {
  const policy = getPolicy();
  const id = (await params).id;
  const position = policy.sections.findIndex((candidate) => candidate.id === id);
  const section = policy.sections[position];
  if (!section) notFound();
  return (
    <main id="main" className="embed-main">
      <p className="embed-eyebrow">
        <a href={`${EMBED_PATH}#${section.id}`}>{policy.metadata.title}</a> · Section {section.number} of {policy.sections.length}
      </p>
      <EmbedSection policy={policy} section={section} alone />
      <SectionPager sections={policy.sections} position={position} pathOf={embedSectionPath} />
    </main>
  );
}
