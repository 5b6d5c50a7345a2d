import { LANGUAGES } from "@/lib/outputs/language";
import * as history from "@/lib/outputs/version-history";
import { getTimeline, type Policy } from "@/lib/policy";

/** The versions with a page of their own in `language` (see versionPages in lib/outputs/version-history.ts). */
export const versionPages = (language: string) => history.versionPages(getTimeline(language));
export const changesPages = (language: string) => history.changesPages(getTimeline(language));
export const changesSincePages = (language: string) => history.changesSincePages(getTimeline(language));

const effectiveOf = (entry: history.VersionEntry | Policy) => ("policy" in entry ? entry.policy : entry).version.effective;

/** The languages in which `pagesIn(language)` has the version of `effective`: what its page links to and declares. */
export function languagesWith(effective: string, pagesIn: (language: string) => readonly (history.VersionEntry | Policy)[]): string[] {
  return LANGUAGES.filter((language) => pagesIn(language).some((entry) => effectiveOf(entry) === effective));
}
