import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/DateText";
import { Parts } from "@/components/Parts";
import { Redline } from "@/components/Redline";
import { SiteChrome } from "@/components/SiteChrome";
import { dictionaryOf, formatDate } from "@/lib/outputs/language";
import { changesSincePath, pathsIn } from "@/lib/outputs/paths";
import { redlineBetween } from "@/lib/outputs/version-history";
import { changesSinceFacts, versionPageMetadata } from "@/lib/outputs/version-pages";
import { getTimeline } from "@/lib/policy";
import { changesSincePages, languagesWith } from "./page-languages";

/** Every published version up to the one in effect: an app may have a user who accepted any of them. */
export function changesSinceParams(language: string): { date: string }[] {
  return changesSincePages(language).map((policy) => ({ date: policy.version.effective }));
}

function sincePolicy(language: string, date: string) {
  const since = changesSincePages(language).find((policy) => policy.version.effective === date);
  return since ? { since, current: getTimeline(language).current } : undefined;
}

export function changesSinceMetadata(language: string, date: string): Metadata {
  const found = sincePolicy(language, date);
  return found ? versionPageMetadata(found.current, changesSinceFacts(found.since, found.current, languagesWith(date, changesSincePages))) : {};
}

/** Everything that changed from one version to the one in effect: what an app shows a user who accepted the older. */
export function ChangesSincePage({ language, date }: { language: string; date: string }) {
  const found = sincePolicy(language, date);
  if (!found) notFound();
  const { since, current } = found;
  const words = dictionaryOf(language);
  const paths = pathsIn(language);
  const sinceLink = <a href={paths.version(date)}>{words.theVersionOf(formatDate(date, language))}</a>;
  return (
    <SiteChrome page={{ language, path: changesSincePath(date), languages: languagesWith(date, changesSincePages) }}>
      <article className="page-column changes-page">
        <header className="page-header">
          <p className="eyebrow">
            <a href={paths.policy}>{current.metadata.title}</a>
          </p>
          <h1>{words.changesSinceHeading(formatDate(date, language))}</h1>
          <p className="lede">
            <Parts
              parts={
                since === current
                  ? words.nothingChangedSince(sinceLink)
                  : words.changesSinceLede(sinceLink, <a href={paths.policy}>{words.versionInEffect}</a>, <DateText date={current.version.effective} language={language} />)
              }
            />
          </p>
        </header>
        <Redline redline={redlineBetween(since, current)} language={language} />
      </article>
    </SiteChrome>
  );
}
