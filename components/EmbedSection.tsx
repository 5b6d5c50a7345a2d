import { absoluteUrl, sectionPath } from "@/lib/outputs/paths";
import { renderHtml } from "@/lib/outputs/section-html";
import type { Policy, Section } from "@/lib/policy";
import { AnchorAliases } from "./AnchorAliases";
import { LastUpdated } from "./LastUpdated";
import { QrHandoff } from "./QrHandoff";
import { RenderedHtml } from "./RenderedHtml";

/**
 * A section in the embed view: a focus stop for the remote (tabindex="-1": reachable by the arrow keys and as a
 * link target, not by Tab), its text without the site's link buttons, and the QR code of its page.
 */
export function EmbedSection({ policy, section, alone }: { policy: Policy; section: Section; alone: boolean }) {
  const headingId = `embed-heading-${section.id}`;
  return (
    <section id={section.id} className="embed-section" tabIndex={-1} data-remote-stop="" aria-labelledby={headingId}>
      <AnchorAliases ids={policy.retiredAnchors.get(section.id) ?? []} />
      {alone ? (
        <>
          <h1 id={headingId}>{section.title}</h1>
          <LastUpdated date={section.updated} label="Section last updated" />
        </>
      ) : (
        <h2 id={headingId}>
          <span className="section-number">{section.number}.</span> {section.title}
        </h2>
      )}
      <RenderedHtml className="prose" html={renderHtml(policy, section.tree, "embed")} />
      <QrHandoff url={absoluteUrl(policy.metadata.siteUrl, sectionPath(section.id))} />
    </section>
  );
}
