import { dictionaryOf } from "@/lib/outputs/language";
import { localizedPath } from "@/lib/outputs/paths";

/** A page in one language, and every language it exists in: `path` is its address in English terms, e.g. /privacy/cookies. */
export type PageLanguages = { language: string; path: string; languages: readonly string[] };

/**
 * The same page in each other language it exists in, named in that language. No redirect on Accept-Language: each
 * address stays the same page for everyone. The enhancement script (client/language-link.ts) adds the fragment in view.
 */
export function LanguageLinks({ page }: { page: PageLanguages }) {
  const others = page.languages.filter((language) => language !== page.language);
  if (others.length === 0) return null;
  return (
    <ul className="language-links">
      {others.map((language) => {
        const words = dictionaryOf(language);
        return (
          <li key={language}>
            <a href={localizedPath(language, page.path)} hrefLang={language} lang={language} data-language-link="" aria-label={words.readInThisLanguage}>
              {words.languageName}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
