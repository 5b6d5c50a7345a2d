import type { RenderedSection } from "@/lib/policy";
import { RenderedHtml } from "./RenderedHtml";

/** One numbered section of the full policy, addressable as /privacy#ID. */
export function PolicySection({ section }: { section: RenderedSection }) {
  return (
    <section id={section.id} className="policy-section">
      <h2>
        <span className="section-number">{section.number}.</span> {section.title}
      </h2>
      <RenderedHtml className="prose" html={section.html} />
    </section>
  );
}
