import { renderHtml } from "@/lib/outputs/section-html";
import type { Policy, Section } from "@/lib/policy";
import { AnchorAliases } from "./AnchorAliases";
import { RenderedHtml } from "./RenderedHtml";
import { SectionHeadingLinks } from "./SectionHeadingLinks";

/** One numbered section of the full policy, addressable as /privacy#ID. */
export function PolicySection({ policy, section }: { policy: Policy; section: Section }) {
  return (
    <section id={section.id} className="policy-section">
      <AnchorAliases ids={policy.retiredAnchors.get(section.id) ?? []} />
      <div className="section-heading">
        <h2>
          <span className="section-number">{section.number}.</span> {section.title}
        </h2>
        <SectionHeadingLinks policy={policy} section={section} />
      </div>
      <RenderedHtml className="prose" html={renderHtml(policy, section.tree, "page")} />
    </section>
  );
}
