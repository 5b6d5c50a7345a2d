import type { Metadata } from "next";
import type { Policy, PolicyTimeline } from "../policy";
import { truncateAtWordBoundary } from "./description";
import { formatDate } from "./language";
import { policyCard } from "./og-cards";
import { metadataOf } from "./page-metadata";
import { absoluteUrl, changesSincePath, POLICY_PATH, versionChangesPath, versionPath, VERSIONS_PATH } from "./paths";
import type { VersionEntry } from "./version-history";

/** What search engines and link previews are told about the versions' pages. */
type VersionPageFacts = { path: string; title: string; description: string; indexed: boolean };

/** "the version of 26 November 2026" */
const versionName = (policy: Policy) => `the version of ${formatDate(policy.version.effective)}`;

export function versionsListFacts(timeline: PolicyTimeline): VersionPageFacts {
  const { title, organization } = timeline.current.metadata;
  return {
    path: VERSIONS_PATH,
    title: `Versions — ${title} — ${organization}`,
    description: truncateAtWordBoundary(
      `Every version of the ${title} of ${organization}, newest first, with what each one changed and when it took effect: ${timeline.published.length} so far.`,
    ),
    indexed: true,
  };
}

// Archived versions stay out of search results: the policy in effect is the one search engines show.
export function versionFacts({ policy, status }: VersionEntry): VersionPageFacts {
  const { title, organization } = policy.metadata;
  const when = { upcoming: "takes effect", draft: "would take effect", "in-effect": "took effect", superseded: "took effect" }[status];
  return {
    path: versionPath(policy.version.effective),
    title: `${title}, ${versionName(policy)}${status === "draft" ? " (draft)" : ""} — ${organization}`,
    description: truncateAtWordBoundary(`The ${title} of ${organization} as it reads in ${versionName(policy)}, which ${when} on ${formatDate(policy.version.effective)}. ${policy.version.summary}`),
    indexed: false,
  };
}

export function versionChangesFacts({ policy }: VersionEntry): VersionPageFacts {
  const { title, organization } = policy.metadata;
  return {
    path: versionChangesPath(policy.version.effective),
    title: `What changed in ${versionName(policy)} — ${title} — ${organization}`,
    description: truncateAtWordBoundary(`Every change the ${title} of ${organization} made in ${versionName(policy)}, word by word. ${policy.version.summary}`),
    indexed: false,
  };
}

export function changesSinceFacts(since: Policy, current: Policy): VersionPageFacts {
  const { title, organization } = current.metadata;
  return {
    path: changesSincePath(since.version.effective),
    title: `Changes since ${versionName(since)} — ${title} — ${organization}`,
    description: truncateAtWordBoundary(`Everything that changed in the ${title} of ${organization} from ${versionName(since)} to the version in effect, ${versionName(current)}, word by word.`),
    indexed: false,
  };
}

/** A versions page's metadata: canonical to itself, the policy's preview image, and kept out of the index but the list. */
export function versionPageMetadata(current: Policy, { path, title, description, indexed }: VersionPageFacts): Metadata {
  const { organization, siteUrl } = current.metadata;
  return {
    ...metadataOf(organization, { title, description, url: absoluteUrl(siteUrl, path) }, { pagePath: POLICY_PATH, alt: policyCard(current).alt }),
    ...(indexed ? {} : { robots: { index: false, follow: true } }),
  };
}
