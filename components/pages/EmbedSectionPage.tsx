import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedSection } from "@/components/EmbedSection";
import { SectionPager } from "@/components/SectionPager";
import { TranslationNotice } from "@/components/TranslationNotice";
import { dictionaryOf } from "@/lib/outputs/language";
import { embedMetadata, sectionSitePage } from "@/lib/outputs/page-metadata";
import { pathsIn } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";

export function embedSectionParams(language: string): { id: string }[] {
  return getPolicy(language).sections.map((section) => ({ id: section.id }));
}

export function embedSectionMetadata(language: string, id: string): Metadata {
  const policy = getPolicy(language);
  const page = sectionSitePage(policy, id);
  return page ? embedMetadata(policy, page) : {};
}

/** One section, for an app that opens the policy on a given topic. Links stay in the embed view. */
export function EmbedSectionPage({ language, id }: { language: string; id: string }) {
  const policy = getPolicy(language);
  const position = policy.sections.findIndex((candidate) => candidate.id === id);
  const section = policy.sections[position];
  if (!section) notFound();
  const paths = pathsIn(language);
  return (
    <main id="main" className="embed-main">
      <p className="embed-eyebrow">
        <a href={`${paths.embed}#${section.id}`}>{policy.metadata.title}</a> · {dictionaryOf(language).sectionOf(section.number, policy.sections.length)}
      </p>
      <TranslationNotice policy={policy} />
      <EmbedSection policy={policy} section={section} alone />
      <SectionPager sections={policy.sections} position={position} pathOf={paths.embedSection} language={language} />
    </main>
  );
}
