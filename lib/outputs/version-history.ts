import type { Policy, PolicyTimeline } from "../policy";
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
