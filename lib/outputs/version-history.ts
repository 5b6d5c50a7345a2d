import { hasOwnTranslation, type Policy, type PolicyTimeline, SOURCE_LANGUAGE } from "../policy";
import { dictionaryOf } from "./language";
import { pathsIn } from "./paths";
import { compareVersions, type Redline } from "./redline";

/** Where a version stands on the build date. */
type VersionStatus = "in-effect" | "upcoming" | "superseded" | "draft";

/** One version as the archive, the feed and versions.json describe it. */
export type VersionEntry = {
  policy: Policy;
  status: VersionStatus;
  /** The version before it (none for the first), and what changed since. */
  previous: Policy | undefined;
  changes: Redline | undefined;
  /** The effective date of the version that replaced it, or replaces it next. */
  until: string | undefined;
};

const redlines = new WeakMap<Policy, WeakMap<Policy, Redline>>();

/** The redline from `older` to `newer`, made once per pair of versions. */
export function redlineBetween(older: Policy, newer: Policy): Redline {
  let byNewer = redlines.get(older);
  if (!byNewer) redlines.set(older, (byNewer = new WeakMap()));
  let redline = byNewer.get(newer);
  if (!redline) byNewer.set(newer, (redline = compareVersions(older, newer)));
  return redline;
}

/** Every published version (and, under `next dev`, every draft), newest first. */
export function versionEntries(timeline: PolicyTimeline): VersionEntry[] {
  const published = timeline.published.map((policy, index): VersionEntry => {
    const previous = timeline.published[index + 1];
    const { effective } = policy.version;
    return {
      policy,
      status: policy === timeline.current ? "in-effect" : effective > timeline.today ? "upcoming" : "superseded",
      previous,
      changes: previous && redlineBetween(previous, policy),
      until: timeline.published[index - 1]?.version.effective,
    };
  });
  const newest = timeline.published[0];
  const drafts = [...timeline.drafts].reverse().map((policy): VersionEntry => ({
    policy,
    status: "draft",
    previous: newest,
    changes: newest && redlineBetween(newest, policy),
    until: undefined,
  }));
  return [...drafts, ...published];
}

/** Every published version, newest first, upcoming ones included: the feed's and versions.json's entries. */
export function publishedEntries(timeline: PolicyTimeline): VersionEntry[] {
  return versionEntries(timeline).filter((entry) => entry.status !== "draft");
}

/** The entry of the version (or draft) that takes effect on `effective`. */
export function versionEntry(timeline: PolicyTimeline, effective: string): VersionEntry | undefined {
  return versionEntries(timeline).find((entry) => entry.policy.version.effective === effective);
}

/** When the list of versions last changed: the newest announcement (the sitemap's date for /privacy/versions). */
export function newestAnnouncement(timeline: PolicyTimeline): string {
  return timeline.published.flatMap((policy) => policy.version.announced ?? []).sort().at(-1) ?? timeline.current.version.effective;
}

/**
 * The language of a version's own page as linked from a page in `policy`'s language: that language if the version
 * has a translation of its own, else the English (an archived version exists in the languages it was translated into).
 */
export function versionPageLanguage(policy: Policy): string {
  return policy.translation === null || hasOwnTranslation(policy) ? policy.language : SOURCE_LANGUAGE;
}

/** The language of a redline between two versions: one both are translated into, else the English. */
export function redlinePageLanguage(older: Policy, newer: Policy): string {
  const language = versionPageLanguage(newer);
  return versionPageLanguage(older) === language ? language : SOURCE_LANGUAGE;
}

/**
 * The versions with a page of their own in the timeline's language: every one in English; in a translation, those
 * it has a text of its own for. A page links to, and declares hreflang for, only the languages it exists in.
 */
export function versionPages(timeline: PolicyTimeline): VersionEntry[] {
  return versionEntries(timeline).filter((entry) => versionPageLanguage(entry.policy) === timeline.current.language);
}

/** The redlines with a page in the timeline's language: both versions translated into it. */
export function changesPages(timeline: PolicyTimeline): VersionEntry[] {
  return versionPages(timeline).filter((entry) => entry.changes && entry.previous && redlinePageLanguage(entry.previous, entry.policy) === timeline.current.language);
}

/**
 * The versions a reader may have accepted (published, in effect by the build date) with a page in the timeline's
 * language: both it and the version in effect translated, else the redline would compare translations, not versions.
 */
export function changesSincePages(timeline: PolicyTimeline): Policy[] {
  const { language } = timeline.current;
  if (versionPageLanguage(timeline.current) !== language) return [];
  return timeline.published.filter((policy) => policy.version.effective <= timeline.today && versionPageLanguage(policy) === language);
}

/** A version's PDF as a page links to it: its address, its language, and its size as people read it. */
export type PdfDownload = { href: string; language: string; size: string };

/**
 * The PDF of `policy` in its language if it has one, else (a version not translated yet) the English one; `current`
 * for the address of the version in effect (/privacy.pdf), else the version's own (/privacy/versions/DATE.pdf).
 */
export function pdfLink(policy: Policy, { current }: { current: boolean }): PdfDownload | null {
  const own = policy.pdf ? policy : policy.translation?.source;
  if (!own?.pdf) return null;
  const paths = pathsIn(own.language);
  // The words are the page's: "66 kB", "66 ko".
  const size = dictionaryOf(policy.language).kilobytes(Math.max(1, Math.round(own.pdf.size / 1000)));
  return { href: current ? paths.pdf : paths.versionPdf(own.version.effective), language: own.language, size };
}
