import type { Metadata } from "next";
import { EmbedSection } from "@/components/EmbedSection";
import { LastUpdated } from "@/components/LastUpdated";
import { POLICY_PATH } from "@/lib/outputs/paths";
import { getPolicy } from "@/lib/policy";

export function generateMetadata(): Metadata {
  const { title, organization } = getPolicy().metadata;
  return { title: { absolute: `${title} — ${organization}` }, alternates: { canonical: POLICY_PATH } };
}

/** /privacy/embed: the whole policy, contents first, for an app's WebView or a TV (?size=tv, ?theme=light|dark). */
export default function EmbedPolicyPage() {
  const policy = getPolicy();
  const { metadata, sections } = policy;
  return (
    <main id="main" className="embed-main">
      <header className="embed-header">
        <h1>{metadata.title}</h1>
        <p className="embed-organization">{metadata.organization}</p>
        <LastUpdated date={metadata.updated} />
      </header>
      <nav className="embed-toc" aria-labelledby="embed-contents-title" id="contents">
        <h2 id="embed-contents-title">Contents</h2>
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
          Questions? Write to <a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>.
        </p>
      </footer>
    </main>
  );
}
