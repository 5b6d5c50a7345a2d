import { dictionaryOf } from "@/lib/outputs/language";
import type { Section } from "@/lib/policy";

type SectionPagerProps = {
  sections: readonly Section[];
  /** Index of the current section in `sections`. */
  position: number;
  /** The address of a section's page: the site's (/privacy/ID) or the embed view's (/privacy/embed/ID). */
  pathOf: (id: string) => string;
  /** Where the current section stands in the whole policy, when the view has such a page. */
  fullPolicy?: string;
  language: string;
};

/** Previous and next section links at the foot of a section page, and the way back to the full policy. */
export function SectionPager({ sections, position, pathOf, fullPolicy, language }: SectionPagerProps) {
  const words = dictionaryOf(language);
  const neighbours = [
    { section: sections[position - 1], rel: "prev", label: words.previous, className: "pager-previous" },
    { section: sections[position + 1], rel: "next", label: words.next, className: "pager-next" },
  ];
  return (
    <nav className="section-pager" aria-label={words.sectionsNavigation}>
      <ul>
        {neighbours.map(({ section, rel, label, className }) =>
          section ? (
            <li key={rel} className={className}>
              <a href={pathOf(section.id)} rel={rel}>
                <span className="pager-label">{label}</span> {section.number}. {section.title}
              </a>
            </li>
          ) : null,
        )}
      </ul>
      {fullPolicy && (
        <p className="in-context">
          <a href={fullPolicy}>{words.readFullPolicy}</a>
        </p>
      )}
    </nav>
  );
}
