import { type Dictionary, dictionaryOf } from "@/lib/outputs/language";
import type { ClauseChange, Redline as RedlineModel, SectionChange, TextPart } from "@/lib/outputs/redline";
import { Parts as Sentence } from "./Parts";

/**
 * Most screen readers announce neither <ins> nor <del>, so each says what it is in visually hidden words; the
 * stylesheet underlines and strikes through as well as colouring, which also survives forced-colours mode.
 */
function Parts({ parts, words }: { parts: readonly TextPart[]; words: Dictionary }) {
  return parts.map((part, index) => {
    if (part.change === "same") return part.text;
    const Tag = part.change === "added" ? "ins" : "del";
    return (
      <Tag key={index}>
        <span className="visually-hidden">[{words.changeMark[part.change]}{words.labelSeparator}</span>
        {part.text}
        <span className="visually-hidden">]</span>
      </Tag>
    );
  });
}

/** Clauses in order, consecutive list items in one list, as the policy shows them. */
function Clauses({ clauses, words }: { clauses: readonly ClauseChange[]; words: Dictionary }) {
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
          <Parts parts={first.parts} words={words} />
        </p>
      );
    }
    return (
      <ul key={first.id}>
        {block.map((clause) => (
          <li key={clause.id} id={clause.id} className={`redline-clause clause-${clause.status}`}>
            <Parts parts={clause.parts} words={words} />
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
function ChangeSummary({ sections, words }: { sections: readonly SectionChange[]; words: Dictionary }) {
  const changed = sections.filter((section) => section.status !== "unchanged");
  const clauseCount = changed.reduce((count, section) => count + section.clauses.filter((clause) => clause.status !== "unchanged").length, 0);
  return (
    <nav className="redline-summary" aria-labelledby="redline-summary-title">
      <h2 id="redline-summary-title">{words.summaryOfChanges}</h2>
      <p>
        {changed.length === 0 ? words.nothingChanged : words.changedCount(changed.length, sections.length, clauseCount)}
      </p>
      {changed.length > 0 ? (
        <ul>
          {changed.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>
                {section.number}. {plainTitle(section)}
              </a>{" "}
              — {words.sectionStatus[section.status].toLowerCase()}
              {section.status === "changed" ? (
                <ul>
                  {section.clauses
                    .filter((clause) => clause.status !== "unchanged")
                    .map((clause) => (
                      <li key={clause.id}>
                        <a href={`#${clause.id}`}>{words.aClause(words.clauseStatus[clause.status])}</a>
                        {words.labelSeparator}
                        {words.quote(clipped(clause))}
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
export function Redline({ redline, language }: { redline: RedlineModel; language: string }) {
  const words = dictionaryOf(language);
  return (
    <div className="redline">
      <ChangeSummary sections={redline.sections} words={words} />
      <p className="redline-key">
        <Sentence parts={words.redlineKey(<ins>{words.underlinedText}</ins>, <del>{words.struckText}</del>)} />
      </p>
      {redline.sections.map((section) => {
        const heading = (
          <>
            <span className="section-number">{section.number}.</span> <Parts parts={section.title} words={words} />
          </>
        );
        if (section.status === "unchanged") {
          return (
            <details key={section.id} id={section.id} className="redline-section redline-unchanged">
              <summary>
                <h2>{heading}</h2> <span className="redline-status">{words.sectionStatus.unchanged}</span>
              </summary>
              <Clauses clauses={section.clauses} words={words} />
            </details>
          );
        }
        return (
          <section key={section.id} id={section.id} className={`redline-section redline-${section.status}`}>
            <h2>{heading}</h2>
            <p className="redline-status">{words.sectionStatus[section.status]}</p>
            <Clauses clauses={section.clauses} words={words} />
          </section>
        );
      })}
    </div>
  );
}
