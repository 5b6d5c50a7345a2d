import type { Metadata } from "next";
import { EmbedSection } from "@/components/EmbedSection";
import { LastUpdated } from "@/components/LastUpdated";
import { Parts } from "@/components/Parts";
import { TranslationNotice } from "@/components/TranslationNotice";
import { dictionaryOf } from "@/lib/outputs/language";
import { embedMetadata, sitePages } from "@/lib/outputs/page-metadata";
import { getPolicy } from "@/lib/policy";

export function embedPolicyMetadata(language: string): Metadata {
  const policy = getPolicy(language);
  return embedMetadata(policy, sitePages(policy).policy);
}

/** The whole policy, contents first, for an app's WebView or a TV (?size=tv, ?theme=light|dark). */
export function EmbedPolicyPage({ language }: { language: string }) {
  const policy = getPolicy(language);
  const { metadata, sections } = policy;
  const words = dictionaryOf(language);
  return (
    <main id="main" className="embed-main">
      <header className="embed-header">
        <h1>{metadata.title}</h1>
        <p className="embed-organization">{metadata.organization}</p>
        <LastUpdated date={metadata.updated} label={words.lastUpdated} language={language} />
        <TranslationNotice policy={policy} />
      </header>
      <nav className="embed-toc" aria-labelledby="embed-contents-title" id="contents">
        <h2 id="embed-contents-title">{words.contents}</h2>
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>
                <span className="section-number">{section.number}.</span> {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <EmbedSection key={section.id} policy={policy} section={section} alone={false} />
      ))}
      <footer className="embed-footer">
        <p>
          <Parts parts={words.embedQuestions(<a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>)} />
        </p>
      </footer>
    </main>
  );
}
