import { dictionaryOf } from "@/lib/outputs/language";
import { absoluteUrl, pathsIn } from "@/lib/outputs/paths";
import { type Policy, type Section, SOURCE_LANGUAGE } from "@/lib/policy";
import { DateText } from "./DateText";
import { Parts } from "./Parts";

/**
 * Above a translated section that is behind the English: when the English changed, which text prevails, and the
 * way to the English section. A translation that lags is shown, never hidden.
 */
export function SectionLagNotice({ policy, section }: { policy: Policy; section: Section }) {
  const lag = policy.translation?.behind.get(section.id);
  if (!policy.translation || !lag) return null;
  const words = dictionaryOf(policy.language);
  const englishPath = pathsIn(SOURCE_LANGUAGE).section(section.id);
  const link = (
    <a href={englishPath} hrefLang={SOURCE_LANGUAGE} data-print-url={absoluteUrl(policy.metadata.siteUrl, englishPath)}>
      {words.readEnglishSection}
    </a>
  );
  return (
    <p className="notice translation-lag" role="note" data-translation-lag={lag.untranslated ? "untranslated" : "behind"}>
      <Parts
        parts={
          lag.untranslated
            ? words.sectionUntranslated(link)
            : words.sectionBehind(<DateText date={lag.source.updated} language={policy.language} />, words.languageNamed(policy.translation.prevails), link)
        }
      />
    </p>
  );
}

/** The language of a section's text on a translated page: the English for a section not translated yet. */
export function sectionLanguage(policy: Policy, section: Section): string | undefined {
  return policy.translation?.behind.get(section.id)?.untranslated ? SOURCE_LANGUAGE : undefined;
}
