import { type ContentError, InvalidContentError } from "./errors";
import { readContentFiles, readPdfFiles } from "./files";
import { parseContent, type Policy, type PolicyContent } from "./parse-policy";
import { SOURCE_LANGUAGE } from "./schema";
import { buildDate, type PolicyTimeline, timelineAt } from "./timeline";
import { translatedTimeline } from "./translated-timeline";

type LoadContentOptions = { siteUrlOverride?: string | undefined };
/** The content, or null with its errors; warnings never stop a build (a translation behind the English). */
type LoadedContent = { data: PolicyContent | null; errors: ContentError[]; warnings: ContentError[] };

// On globalThis: Next bundles pages, route handlers and images separately, each with its own copy of this module,
// and they should still share one model per build process.
const MEMO = Symbol.for("smartsiptv.loadContent");
const memo = globalThis as typeof globalThis & { [MEMO]?: Map<string, LoadedContent> };
const loaded = (memo[MEMO] ??= new Map<string, LoadedContent>());

const development = () => process.env.NODE_ENV === "development";

/**
 * Reads and validates the content under `rootDir`. Never throws; `data` is null whenever there is an error.
 * Memoised per process for the same folder and options: every page of a build shares one model, so each file is
 * read and parsed once (React's `cache` would only share it within one render).
 */
export function loadContent(rootDir: string, { siteUrlOverride = process.env.SITE_URL }: LoadContentOptions = {}): LoadedContent {
  const key = JSON.stringify([rootDir, siteUrlOverride ?? ""]);
  const known = loaded.get(key);
  // `next dev` must show an edit at the next reload: there, every request reads the content again.
  if (known && !development()) return known;
  const read = readContentFiles(rootDir);
  const parsed = parseContent(read.files, { siteUrlOverride, pdfFiles: readPdfFiles(rootDir) });
  const result = { data: read.errors.length === 0 ? parsed.data : null, errors: [...read.errors, ...parsed.errors], warnings: parsed.warnings };
  loaded.set(key, result);
  return result;
}

/**
 * The content the site is built from (Next runs from the project root in build, dev and start alike). Invalid
 * content throws with the same messages as `npm run content:check`, so a broken or partial policy never renders.
 */
export function getContent(): PolicyContent {
  const { data, errors } = loadContent(process.cwd());
  if (!data) throw new InvalidContentError(errors);
  return data;
}

/**
 * The versions as of the build date, in `language` (the English, or a translation listed in content/policy.yaml);
 * drafts only under `next dev`, where editors preview them.
 */
export function getTimeline(language: string = SOURCE_LANGUAGE): PolicyTimeline {
  const content = getContent();
  const timeline = timelineAt(content, buildDate(content.settings.timeZone), { withDrafts: development() });
  if (language === SOURCE_LANGUAGE) return timeline;
  const translation = content.translations.find((candidate) => candidate.language === language);
  if (!translation) throw new Error(`The policy has no "${language}" translation: list it under translations in content/policy.yaml and add content/translations/${language}.`);
  return translatedTimeline(timeline, translation, content.settings.prevails);
}

/** The version in effect on the build date, in `language`: what /privacy (or /fr/privacy) and its data routes show. */
export function getPolicy(language: string = SOURCE_LANGUAGE): Policy {
  return getTimeline(language).current;
}
