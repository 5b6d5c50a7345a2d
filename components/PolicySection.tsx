import { dictionaryOf } from "@/lib/outputs/language";
import { absoluteUrl, pathsIn } from "@/lib/outputs/paths";
import { renderHtml } from "@/lib/outputs/section-html";
import type { Policy, Section } from "@/lib/policy";
import { AnchorAliases } from "./AnchorAliases";
import { RenderedHtml } from "./RenderedHtml";
import { SectionHeadingLinks } from "./SectionHeadingLinks";
import { SectionLagNotice, sectionLanguage } from "./SectionLagNotice";

/**
 * The section whose text promises to tell readers about changes: the list of versions is linked after it, outside
 * the Markdown, so that the policy's own words stay as written.
 */
export const CHANGES_SECTION_ID = "changes-to-this-policy";

/** One numbered section of a full policy, addressable as `pagePath`#ID (the policy, or a version's own page). */
export function PolicySection({ policy, section, pagePath = pathsIn(policy.language).policy }: { policy: Policy; section: Section; pagePath?: string }) {
  return (
    <section id={section.id} className="policy-section" lang={sectionLanguage(policy, section)}>
      <AnchorAliases ids={policy.retiredAnchors.get(section.id) ?? []} />
      <div className="section-heading">
        <h2>
          <span className="section-number">{section.number}.</span> {section.title}
        </h2>
        <SectionHeadingLinks policy={policy} section={section} pagePath={pagePath} />
      </div>
      <p className="print-address">{absoluteUrl(policy.metadata.siteUrl, `${pagePath}#${section.id}`)}</p>
      <SectionLagNotice policy={policy} section={section} />
      <RenderedHtml className="prose" html={renderHtml(policy, section.tree, "page", { pagePath })} />
      {section.id === CHANGES_SECTION_ID ? <VersionsLink language={policy.language} /> : null}
    </section>
  );
}

/** The way from the promise of section 9 to the record of every change. */
export function VersionsLink({ language }: { language: string }) {
  return (
    <p className="versions-link">
      <a href={pathsIn(language).versions}>{dictionaryOf(language).versionsLink}</a>
    </p>
  );
}
