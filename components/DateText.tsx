import { formatDate } from "@/lib/outputs/language";

/** A date as people read it in the page's language, e.g. "26 November 2026", marked up with its YYYY-MM-DD form. */
export function DateText({ date, language }: { date: string; language: string }) {
  return <time dateTime={date}>{formatDate(date, language)}</time>;
}
