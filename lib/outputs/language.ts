import { SOURCE_LANGUAGE } from "../policy/schema";
import { en } from "./dictionaries/en";
import { fr } from "./dictionaries/fr";
import { absoluteUrl, localizedPath } from "./paths";

/** The words of the interface in one language: the English dictionary's shape, which every other must match. */
export type Dictionary = typeof en;

/**
 * The site's languages: the English (at the addresses it always had) and each translation, under /LANG. The one
 * owner of that list: routes, redirects, alternates and the sitemap follow from it.
 */
export const LANGUAGES = [SOURCE_LANGUAGE, "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
/** The language of the pages served to a reader whose language has no pages (hreflang="x-default"). */
export const DEFAULT_LANGUAGE: Language = SOURCE_LANGUAGE;

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { en, fr };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The interface words of a policy's language; a language without a dictionary has no pages, so building one fails. */
export function dictionaryOf(language: string): Dictionary {
  if (!isLanguage(language)) throw new Error(`The site has no dictionary for "${language}": add lib/outputs/dictionaries/${language}.ts and list it in LANGUAGES.`);
  return DICTIONARIES[language];
}

const longDates = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-26" → "26 November 2026" (en-GB: unambiguous on both sides of the Atlantic) or "26 novembre 2026". */
export function formatDate(isoDate: string, language: string = SOURCE_LANGUAGE): string {
  const locale = dictionaryOf(language).intlLocale;
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    longDates.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A page's address in each language it exists in, for hreflang: absolute, the same set on every one of them (so
 * they name each other), and x-default on the English, which readers of other languages get.
 */
export function languageAlternates(siteUrl: string, sitePath: string, languages: readonly string[]): Record<string, string> {
  const entries = languages.map((language) => [language, absoluteUrl(siteUrl, localizedPath(language, sitePath))] as const);
  return Object.fromEntries(languages.includes(DEFAULT_LANGUAGE) ? [...entries, ["x-default", absoluteUrl(siteUrl, sitePath)] as const] : entries);
}
