import { LastUpdated } from "./LastUpdated";
import { QrHandoff } from "./QrHandoff";
import { RenderedHtml } from "./RenderedHtml";

export type EmbedSectionData = { id: string; number: number; title: string; updated: string; html: string; url: string };

/**
 * A section in the embed view: a focus stop for the remote (tabindex="-1": reachable by the arrow keys and as a
 * link target, not by Tab), its text without the site's link buttons, and the QR code of its page.
 */
export function EmbedSection({ section, alone }: { section: EmbedSectionData; alone: boolean }) {
  const headingId = `embed-heading-${section.id}`;
  return (
    <section id={section.id} className="embed-section" tabIndex={-1} data-remote-stop="" aria-labelledby={headingId}>
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
      <RenderedHtml className="prose" html={section.html} />
      <QrHandoff url={section.url} />
    </section>
  );
}
