import type { Policy } from "@/lib/policy";
import { PolicySection } from "./PolicySection";
import { TableOfContents } from "./TableOfContents";

/**
 * A whole policy, its table of contents and every section: the policy page, and each version's own page, which
 * keeps the same anchors so that `/privacy/versions/DATE#ID` cites what the policy said then.
 */
export function PolicyText({ policy, pagePath }: { policy: Policy; pagePath?: string }) {
  return (
    <>
      <TableOfContents sections={policy.sections} language={policy.language} />
      <article className="policy">
        {policy.sections.map((section) => (
          <PolicySection key={section.id} policy={policy} section={section} {...(pagePath === undefined ? {} : { pagePath })} />
        ))}
      </article>
    </>
  );
}
