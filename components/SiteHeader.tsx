import type { ReactNode } from "react";
import { dictionaryOf } from "@/lib/outputs/language";
import { pathsIn } from "@/lib/outputs/paths";
import type { Policy } from "@/lib/policy";

/** The site's name and navigation, in the policy's language; `children` is the language link. */
export function SiteHeader({ policy, children }: { policy: Policy; children?: ReactNode }) {
  const { metadata, language } = policy;
  const paths = pathsIn(language);
  const words = dictionaryOf(language);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={paths.policy} className="site-name">
          {metadata.organization}
        </a>
        <nav aria-label={words.siteNavigation}>
          <ul className="site-nav">
            <li>
              <a href={paths.policy}>{metadata.title}</a>
            </li>
            <li>
              <a href={paths.contact}>{words.contactNav}</a>
            </li>
          </ul>
        </nav>
        {children}
      </div>
    </header>
  );
}
