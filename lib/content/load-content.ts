import type { ContentError } from "./content-error";
import { parseContent, type PolicyContent } from "./parse-content";
import { readContentFiles } from "./read-content-files";

/** Today's date in UTC as YYYY-MM-DD, the form content dates are written in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Reads and validates the content under `rootDir`. Never throws; `data` is null whenever there is an error. */
export function loadContent(
  rootDir: string,
  { today = todayUtc(), siteUrlOverride = process.env.SITE_URL }: { today?: string; siteUrlOverride?: string } = {},
): { data: PolicyContent | null; errors: ContentError[] } {
  const read = readContentFiles(rootDir);
  const parsed = parseContent(read.files, { today, siteUrlOverride });
  return { data: read.errors.length === 0 ? parsed.data : null, errors: [...read.errors, ...parsed.errors] };
}
