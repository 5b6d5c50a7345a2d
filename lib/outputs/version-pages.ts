import type { Metadata } from "next";
import type { Policy, PolicyTimeline } from "../policy";
import { truncateAtWordBoundary } from "./description";
import { dictionaryOf, formatDate, languageAlternates } from "./language";
import { policyCard } from "./og-cards";
import { metadataOf } from "./page-metadata";
import { absoluteUrl, changesSincePath, localizedPath, POLICY_PATH, versionChangesPath, versionPath, VERSIONS_PATH } from "./paths";
import type { VersionEntry } from "./version-history";

/**
 * What search engines and link previews are told about the versions' pages. `path` is the page's address in
 * English terms; `languages`, the languages it exists in (an archived version may not be translated).
 */
type VersionPageFacts = { path: string; languages: readonly string[]; title: string; description: string; indexed: boolean };

/** "the version of 26 November 2026" */
const versionName = (policy: Policy) => dictionaryOf(policy.language).theVersionOf(formatDate(policy.version.effective, policy.language));

export function versionsListFacts(timeline: PolicyTimeline, languages: readonly string[]): VersionPageFacts {
  const { current } = timeline;
  const { title, organization } = current.metadata;
  const words = dictionaryOf(current.language);
  return {
    path: VERSIONS_PATH,
    languages,
    title: words.versionsListTitle(title, organization),
    description: truncateAtWordBoundary(words.versionsListDescription(title, organization, timeline.published.length)),
    indexed: true,
  };
}

// Archived versions stay out of search results: the policy in effect is the one search engines show.
export function versionFacts({ policy, status }: VersionEntry, languages: readonly string[]): VersionPageFacts {
  const { title, organization } = policy.metadata;
  const words = dictionaryOf(policy.language);
  return {
    path: versionPath(policy.version.effective),
    languages,
    title: words.versionPageTitle(title, versionName(policy), status === "draft", organization),
    description: truncateAtWordBoundary(
      `${words.versionPageDescription(title, organization, versionName(policy), status, formatDate(policy.version.effective, policy.language))} ${policy.version.summary}`,
    ),
    indexed: false,
  };
}

export function versionChangesFacts({ policy }: VersionEntry, languages: readonly string[]): VersionPageFacts {
  const { title, organization } = policy.metadata;
  const words = dictionaryOf(policy.language);
  return {
    path: versionChangesPath(policy.version.effective),
    languages,
    title: words.changesPageTitle(versionName(policy), title, organization),
    description: truncateAtWordBoundary(`${words.changesPageDescription(title, organization, versionName(policy))} ${policy.version.summary}`),
    indexed: false,
  };
}

export function changesSinceFacts(since: Policy, current: Policy, languages: readonly string[]): VersionPageFacts {
  const { title, organization } = current.metadata;
  const words = dictionaryOf(current.language);
  return {
    path: changesSincePath(since.version.effective),
    languages,
    title: words.changesSinceTitle(versionName(since), title, organization),
    description: truncateAtWordBoundary(words.changesSinceDescription(title, organization, versionName(since), versionName(current))),
    indexed: false,
  };
}

/**
 * A versions page's metadata, in the language of `current`: canonical to itself, hreflang for the languages it
 * exists in, the policy's preview image, and kept out of the index but the list.
 */
export function versionPageMetadata(current: Policy, { path, languages, title, description, indexed }: VersionPageFacts): Metadata {
  const { organization, siteUrl } = current.metadata;
  const { language } = current;
  const facts = { language, title, description, url: absoluteUrl(siteUrl, localizedPath(language, path)), alternates: languageAlternates(siteUrl, path, languages) };
  return {
    ...metadataOf(organization, facts, { pagePath: localizedPath(language, POLICY_PATH), alt: policyCard(current).alt }),
    ...(indexed ? {} : { robots: { index: false, follow: true } }),
  };
}
