import { dictionaryOf } from "@/lib/outputs/language";
import type { Section } from "@/lib/policy";

/**
 * The policy's table of contents: plain links, so it works without JavaScript. With it, the enhancement script
 * (client/) marks the link of the section in view with aria-current="location" as the reader scrolls.
 */
export function TableOfContents({ sections, language }: { sections: readonly Pick<Section, "id" | "number" | "title">[]; language: string }) {
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <details className="toc-details" open>
        <summary className="toc-summary">
          <h2 id="toc-title" className="toc-title">
            {dictionaryOf(language).contents}
          </h2>
        </summary>
        <ol className="toc-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>
                <span className="section-number">{section.number}.</span> <span className="toc-link-text">{section.title}</span>
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
