import { dictionaryOf } from "@/lib/outputs/language";
import { absoluteUrl, pathsIn } from "@/lib/outputs/paths";
import type { Policy, Section } from "@/lib/policy";

/**
 * The anchor link beside a section heading. The enhancement script (client/) adds a "Copy link" button after it,
 * copying data-share-url: a reader without JavaScript never meets a button that does nothing.
 */
export function SectionHeadingLinks({ policy, section, pagePath = pathsIn(policy.language).policy }: { policy: Policy; section: Section; pagePath?: string }) {
  const words = dictionaryOf(policy.language);
  const name = words.sectionName(section.number, section.title);
  return (
    <span className="heading-links">
      <a
        className="heading-anchor"
        href={`#${section.id}`}
        aria-label={words.linkTo(name)}
        data-share-url={absoluteUrl(policy.metadata.siteUrl, `${pagePath}#${section.id}`)}
        data-copy-label={words.copyLinkTo(name)}
      >
        #
      </a>
    </span>
  );
}
