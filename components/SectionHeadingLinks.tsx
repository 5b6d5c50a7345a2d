import { absoluteUrl, POLICY_PATH } from "@/lib/outputs/paths";
import type { Policy, Section } from "@/lib/policy";

/**
 * The anchor link beside a section heading. The enhancement script (client/) adds a "Copy link" button after it,
 * copying data-share-url: a reader without JavaScript never meets a button that does nothing.
 */
export function SectionHeadingLinks({ policy, section, pagePath = POLICY_PATH }: { policy: Policy; section: Section; pagePath?: string }) {
  const name = `section ${section.number}: ${section.title}`;
  return (
    <span className="heading-links">
      <a
        className="heading-anchor"
        href={`#${section.id}`}
        aria-label={`Link to ${name}`}
        data-share-url={absoluteUrl(policy.metadata.siteUrl, `${pagePath}#${section.id}`)}
        data-copy-label={`Copy link to ${name}`}
      >
        #
      </a>
    </span>
  );
}
