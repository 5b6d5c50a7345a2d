import type { RenderedSection } from "@/lib/policy";
import { AnchorAliases } from "./AnchorAliases";
import { RenderedHtml } from "./RenderedHtml";
import { SectionHeadingLinks } from "./SectionHeadingLinks";

/** One numbered section of the full policy, addressable as /privacy#ID. */
export function PolicySection({ section }: { section: RenderedSection }) {
  return (
    <section id={section.id} className="policy-section">
      <AnchorAliases ids={section.aliases} />
      <div className="section-heading">
        <h2>
          <span className="section-number">{section.number}.</span> {section.title}
        </h2>
        <SectionHeadingLinks id={section.id} number={section.number} title={section.title} shareUrl={section.shareUrl} />
      </div>
      <RenderedHtml className="prose" html={section.html} />
    </section>
  );
}
