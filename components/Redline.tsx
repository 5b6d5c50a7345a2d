import type { ClauseChange, Redline as RedlineModel, SectionChange, TextPart } from "@/lib/outputs/redline";

/**
 * Most screen readers announce neither <ins> nor <del>, so each says what it is in visually hidden words; the
 * stylesheet underlines and strikes through as well as colouring, which also survives forced-colours mode.
 */
function Parts({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, index) => {
    if (part.change === "same") return part.text;
    const Tag = part.change === "added" ? "ins" : "del";
    return (
      <Tag key={index}>
        <span className="visually-hidden">[{part.change}: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </Tag>
    );
  });
}

const CLAUSE_STATUS = { added: "added", removed: "removed", changed: "reworded", unchanged: "unchanged" } as const;
const SECTION_STATUS = { added: "Section added", removed: "Section removed", changed: "Section changed", unchanged: "Unchanged" } as const;

/** Clauses in order, consecutive list items in one list, as the policy shows them. */
function Clauses({ clauses }: { clauses: readonly ClauseChange[] }) {
  const blocks: ClauseChange[][] = [];
  for (const clause of clauses) {
    const last = blocks.at(-1);
    if (clause.kind === "item" && last?.[0]?.kind === "item") last.push(clause);
    else blocks.push([clause]);
  }
  return blocks.map((block) => {
    const first = block[0];
    if (!first) return null;
    if (first.kind !== "item") {
      return (
        <p key={first.id} id={first.id} className={`redline-clause clause-${first.status}`}>
          <Parts parts={first.parts} />
        </p>
      );
    }
    return (
      <ul key={first.id}>
        {block.map((clause) => (
          <li key={clause.id} id={clause.id} className={`redline-clause clause-${clause.status}`}>
            <Parts parts={clause.parts} />
          </li>
        ))}
      </ul>
    );
  });
}

function plainTitle(section: SectionChange): string {
  return section.title.filter((part) => part.change !== "removed").map((part) => part.text).join("") || section.title.map((part) => part.text).join("");
}

/** One line per changed section and clause, each a link to it below. */
function ChangeSummary({ sections }: { sections: readonly SectionChange[] }) {
  const changed = sections.filter((section) => section.status !== "unchanged");
  const clauseCount = changed.reduce((count, section) => count + section.clauses.filter((clause) => clause.status !== "unchanged").length, 0);
  return (
    <nav className="redline-summary" aria-labelledby="redline-summary-title">
      <h2 id="redline-summary-title">Summary of changes</h2>
      <p>
        {changed.length === 0
          ? "Nothing changed."
          : `${changed.length} of ${sections.length} sections changed, ${clauseCount} clause${clauseCount === 1 ? "" : "s"} in all.`}
      </p>
      {changed.length > 0 ? (
        <ul>
          {changed.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>
                {section.number}. {plainTitle(section)}
              </a>{" "}
              — {SECTION_STATUS[section.status].toLowerCase()}
              {section.status === "changed" ? (
                <ul>
                  {section.clauses
                    .filter((clause) => clause.status !== "unchanged")
                    .map((clause) => (
                      <li key={clause.id}>
                        <a href={`#${clause.id}`}>A clause {CLAUSE_STATUS[clause.status]}</a>: “{clipped(clause)}”
                      </li>
                    ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </nav>
  );
}

/** The first words of a clause as it reads after the change (before, for a removed one). */
function clipped(clause: ClauseChange): string {
  const text = clause.parts
    .filter((part) => (clause.status === "removed" ? true : part.change !== "removed"))
    .map((part) => part.text)
    .join("")
    .trim();
  const words = text.split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(" ")} …` : text;
}

/** A redline: the summary, then every section, unchanged ones collapsed (a <details>, so it works without script). */
export function Redline({ redline }: { redline: RedlineModel }) {
  return (
    <div className="redline">
      <ChangeSummary sections={redline.sections} />
      <p className="redline-key">
        <ins>Underlined text</ins> was added; <del>struck-through text</del> was removed.
      </p>
      {redline.sections.map((section) => {
        const heading = (
          <>
            <span className="section-number">{section.number}.</span> <Parts parts={section.title} />
          </>
        );
        if (section.status === "unchanged") {
          return (
            <details key={section.id} id={section.id} className="redline-section redline-unchanged">
              <summary>
                <h2>{heading}</h2> <span className="redline-status">Unchanged</span>
              </summary>
              <Clauses clauses={section.clauses} />
            </details>
          );
        }
        return (
          <section key={section.id} id={section.id} className={`redline-section redline-${section.status}`}>
            <h2>{heading}</h2>
            <p className="redline-status">{SECTION_STATUS[section.status]}</p>
            <Clauses clauses={section.clauses} />
          </section>
        );
      })}
    </div>
  );
}
