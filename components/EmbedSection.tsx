import { dictionaryOf } from "@/lib/outputs/language";
import { absoluteUrl, pathsIn } from "@/lib/outputs/paths";
import { renderHtml } from "@/lib/outputs/section-html";
import type { Policy, Section } from "@/lib/policy";
import { AnchorAliases } from "./AnchorAliases";
import { LastUpdated } from "./LastUpdated";
import { QrHandoff } from "./QrHandoff";
import { RenderedHtml } from "./RenderedHtml";
import { SectionLagNotice, sectionLanguage } from "./SectionLagNotice";

/**
 * A section in the embed view: a focus stop for the remote (tabindex="-1": reachable by the arrow keys and as a
 * link target, not by Tab), its text without the site's link buttons, and the QR code of its page.
 */
export function EmbedSection({ policy, section, alone }: { policy: Policy; section: Section; alone: boolean }) {
  const headingId = `embed-heading-${section.id}`;
  return (
    <section id={section.id} className="embed-section" tabIndex={-1} data-remote-stop="" aria-labelledby={headingId} lang={sectionLanguage(policy, section)}>
      <AnchorAliases ids={policy.retiredAnchors.get(section.id) ?? []} />
      {alone ? (
        <>
          <h1 id={headingId}>{section.title}</h1>
          <LastUpdated date={section.updated} label={dictionaryOf(policy.language).sectionLastUpdated} language={policy.language} />
        </>
      ) : (
        <h2 id={headingId}>
          <span className="section-number">{section.number}.</span> {section.title}
        </h2>
      )}
      <SectionLagNotice policy={policy} section={section} />
      <RenderedHtml className="prose" html={renderHtml(policy, section.tree, "embed")} />
      <QrHandoff url={absoluteUrl(policy.metadata.siteUrl, pathsIn(policy.language).section(section.id))} language={policy.language} />
    </section>
  );
}
