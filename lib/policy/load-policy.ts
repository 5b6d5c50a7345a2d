import { type ContentError, InvalidContentError } from "./errors";
import { readContentFiles } from "./files";
import { type Policy, parsePolicy } from "./parse-policy";

/** Today's date in UTC as YYYY-MM-DD, the form content dates are written in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export type LoadPolicyOptions = { today?: string; siteUrlOverride?: string | undefined };
export type LoadedPolicy = { data: Policy | null; errors: ContentError[] };

// On globalThis: Next bundles pages, route handlers and images separately, each with its own copy of this module,
// and they should still share one model per build process.
const MEMO = Symbol.for("smartsiptv.loadPolicy");
const memo = globalThis as typeof globalThis & { [MEMO]?: Map<string, LoadedPolicy> };
const loaded = (memo[MEMO] ??= new Map<string, LoadedPolicy>());

/**
 * Reads and validates the content under `rootDir`. Never throws; `data` is null whenever there is an error.
 * Memoised per process for the same folder and options: every page of a build shares one model, so each file is
 * read and parsed once (React's `cache` would only share it within one render).
 */
export function loadPolicy(rootDir: string, { today = todayUtc(), siteUrlOverride = process.env.SITE_URL }: LoadPolicyOptions = {}): LoadedPolicy {
  const key = JSON.stringify([rootDir, today, siteUrlOverride ?? ""]);
  const known = loaded.get(key);
  // `next dev` must show an edit at the next reload: there, every request reads the content again.
  if (known && process.env.NODE_ENV !== "development") return known;
  const read = readContentFiles(rootDir);
  const parsed = parsePolicy(read.files, { today, siteUrlOverride });
  const result = { data: read.errors.length === 0 ? parsed.data : null, errors: [...read.errors, ...parsed.errors] };
  loaded.set(key, result);
  return result;
}

/**
 * The policy the site is built from (Next runs from the project root in build, dev and start alike). Invalid
 * content throws with the same messages as `npm run content:check`, so a broken or partial policy never renders.
 */
export function getPolicy(): Policy {
  const { data, errors } = loadPolicy(process.cwd());
  if (!data) throw new InvalidContentError(errors);
  return data;
}
