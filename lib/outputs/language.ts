/** The language of every page: `<html lang>`, JSON-LD's inLanguage, and the locale dates are written in. */
export const SITE_LANGUAGE = "en";

// en-GB writes "26 November 2026": unambiguous for readers on both sides of the Atlantic.
const longDate = new Intl.DateTimeFormat(`${SITE_LANGUAGE}-GB`, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-11-26" → "26 November 2026". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}
