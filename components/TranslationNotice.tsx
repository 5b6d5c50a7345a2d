import { dictionaryOf } from "@/lib/outputs/language";
import type { Policy } from "@/lib/policy";

/** On every translated page: that it is a translation, which language prevails, and whether legal has approved it. */
export function TranslationNotice({ policy }: { policy: Policy }) {
  const { translation, language } = policy;
  if (!translation) return null;
  const words = dictionaryOf(language);
  return (
    <p className="translation-notice" role="note">
      {words.translationNotice(words.languageNamed(translation.prevails))}
      {translation.approved ? null : <> {words.notApproved}</>}
    </p>
  );
}
