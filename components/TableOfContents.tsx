import type { RenderedSection } from "@/lib/policy";

export function TableOfContents({ sections }: { sections: readonly RenderedSection[] }) {
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc-title">
        Contents
      </h2>
      <ol className="toc-list">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>
              <span className="section-number">{section.number}.</span> <span className="toc-link-text">{section.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
