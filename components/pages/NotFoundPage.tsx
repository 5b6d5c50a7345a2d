import type { Metadata } from "next";
import { SiteChrome } from "@/components/SiteChrome";
import { Parts } from "@/components/Parts";
import { dictionaryOf, LANGUAGES } from "@/lib/outputs/language";
import { notFoundMetadata } from "@/lib/outputs/page-metadata";
import { pathsIn, POLICY_PATH } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";

export function notFoundPageMetadata(language: string): Metadata {
  return notFoundMetadata(getPolicy(language));
}

/** The 404 page in one language: the way to the policy and to each section. Its language link leads to the policy. */
export function NotFoundPage({ language }: { language: string }) {
  const { metadata, sections } = getPolicy(language);
  const words = dictionaryOf(language);
  const paths = pathsIn(language);
  return (
    <SiteChrome page={{ language, path: POLICY_PATH, languages: LANGUAGES }}>
      <article className="page-column">
        <header className="page-header">
          <h1>{words.notFoundTitle}</h1>
          <p>
            <Parts parts={words.notFoundText(<a href={paths.policy}>{metadata.title}</a>)} />
          </p>
        </header>
        <ol className="section-links">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={paths.section(section.id)}>{section.title}</a>
            </li>
          ))}
        </ol>
      </article>
    </SiteChrome>
  );
}
