import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/DateText";
import { Parts } from "@/components/Parts";
import { Redline } from "@/components/Redline";
import { SiteChrome } from "@/components/SiteChrome";
import { dictionaryOf, formatDate } from "@/lib/outputs/language";
import { pathsIn, versionChangesPath } from "@/lib/outputs/paths";
import { versionChangesFacts, versionPageMetadata } from "@/lib/outputs/version-pages";
import { getTimeline } from "@/lib/policy";
import { changesPages, languagesWith } from "./page-languages";

const entryOf = (language: string, date: string) => changesPages(language).find((entry) => entry.policy.version.effective === date);

// The first version changed nothing: it has no changes page, and its own page says it is the first.
export function versionChangesParams(language: string): { date: string }[] {
  return changesPages(language).map(({ policy }) => ({ date: policy.version.effective }));
}

export function versionChangesMetadata(language: string, date: string): Metadata {
  const entry = entryOf(language, date);
  return entry ? versionPageMetadata(getTimeline(language).current, versionChangesFacts(entry, languagesWith(date, changesPages))) : {};
}

/** A redline of one version against the one before it. */
export function VersionChangesPage({ language, date }: { language: string; date: string }) {
  const entry = entryOf(language, date);
  if (!entry?.changes || !entry.previous) notFound();
  const { policy, previous, status } = entry;
  const { effective, summary } = policy.version;
  const words = dictionaryOf(language);
  const paths = pathsIn(language);
  const versionLink = (version: string) => <a href={paths.version(version)}>{words.theVersionOf(formatDate(version, language))}</a>;
  return (
    <SiteChrome page={{ language, path: versionChangesPath(date), languages: languagesWith(date, changesPages) }}>
      <article className="page-column changes-page">
        <header className="page-header">
          <p className="eyebrow">
            <a href={paths.policy}>{policy.metadata.title}</a>
          </p>
          <h1>{words.whatChangedOn(formatDate(effective, language))}</h1>
          <p className="lede">
            <Parts
              parts={words.changesLede(status === "upcoming", versionLink(effective), <DateText date={effective} language={language} />, versionLink(previous.version.effective))}
            />{" "}
            {summary}
          </p>
        </header>
        <Redline redline={entry.changes} language={language} />
      </article>
    </SiteChrome>
  );
}
