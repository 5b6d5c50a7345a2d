import { formatDate } from "@/lib/outputs/language";

/** A date as people read it, e.g. "26 November 2026", marked up with its YYYY-MM-DD form. */
export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
