import type { Policy, Section } from "./parse-policy";
import type { PolicyTimeline } from "./timeline";
import type { Translation } from "./translations";

/** A section of a translated page that is behind the English: the English section, with its date and address. */
export type SectionLag = {
  source: Section;
  /** No translation of the section exists yet (or only one of English with other clauses), so the page shows the English text. */
  untranslated: boolean;
};

/** What a translated version of the policy says about itself: a translation, how far it is behind, which prevails. */
export type TranslationFacts = {
  approved: boolean;
  /** The language that prevails where the two differ (content/policy.yaml). */
  prevails: string;
  /** The English version this one stands for. */
  source: Policy;
  /**
   * The effective date of the translated text shown: the version's own, or, while it is being translated, that of
   * the newest translated version before it; null when there is none and every section is shown in English.
   */
  translatedFrom: string | null;
  /** The sections whose English changed since they were translated, or that have no translation yet, by id. */
  behind: ReadonlyMap<string, SectionLag>;
};

/** Whether a version has a translation of its own (and so a page of its own in that language). */
export const hasOwnTranslation = (policy: Policy): boolean => policy.translation?.translatedFrom === policy.version.effective;

// One translated Policy per translation and English version, so that every page of a build shares it (and its memos).
const translated = new WeakMap<Translation, WeakMap<Policy, Policy>>();

/** Whether a translated section has the English section's clauses, in its order: else its anchors would not be the English ones. */
const sameClauses = (section: Section, source: Section) => section.clauses.map((clause) => clause.id).join() === source.clauses.map((clause) => clause.id).join();

/**
 * An English version in another language: each section from the newest translation made for this version or an
 * earlier one, in the English order and numbering; a section whose English changed since is marked behind, and one
 * never translated is shown in English. Anchors are the English ones, so a link works in every language.
 */
export function translatedPolicy(source: Policy, translation: Translation, prevails: string): Policy {
  const known = translated.get(translation)?.get(source);
  if (known) return known;
  const shown = translation.versions.filter((version) => version.effective <= source.version.effective).at(-1);
  const behind = new Map<string, SectionLag>();
  const sections = source.sections.map((sourceSection): Section => {
    const section = shown?.sections.find((candidate) => candidate.id === sourceSection.id);
    // A translation of older English whose clauses have since been added or removed would lose or duplicate anchors.
    if (!section || !sameClauses(section, sourceSection)) {
      behind.set(sourceSection.id, { source: sourceSection, untranslated: true });
      return sourceSection;
    }
    if (section.translates !== sourceSection.hash) behind.set(sourceSection.id, { source: sourceSection, untranslated: false });
    return { ...section, number: sourceSection.number };
  });
  const own = shown?.effective === source.version.effective;
  // The newest change to the text shown, as the English "Last updated" is (the contact page has its own date).
  const updated = sections.reduce((newest, section) => (section.updated > newest ? section.updated : newest), "");
  const policy: Policy = {
    ...source,
    language: translation.language,
    metadata: { ...source.metadata, title: translation.title, updated },
    version: { ...source.version, summary: own && shown ? shown.summary : source.version.summary },
    sections,
    contact: translation.contact,
    // Only a version's own translation has a PDF in this language.
    pdf: own && shown ? shown.pdf : null,
    translation: { approved: translation.approved, prevails, source, translatedFrom: shown?.effective ?? null, behind },
  };
  translated.set(translation, (translated.get(translation) ?? new WeakMap<Policy, Policy>()).set(source, policy));
  return policy;
}

/** The English timeline in another language: the same versions on the same days, each translated as far as it is. */
export function translatedTimeline(timeline: PolicyTimeline, translation: Translation, prevails: string): PolicyTimeline {
  const translate = (policy: Policy) => translatedPolicy(policy, translation, prevails);
  return {
    today: timeline.today,
    current: translate(timeline.current),
    upcoming: timeline.upcoming.map(translate),
    published: timeline.published.map(translate),
    drafts: timeline.drafts.map(translate),
  };
}
