import type { Metadata } from "next";
import { DateText } from "@/components/DateText";
import { Parts } from "@/components/Parts";
import { PdfLink } from "@/components/PdfLink";
import { SiteChrome } from "@/components/SiteChrome";
import { dictionaryOf, formatDate, LANGUAGES } from "@/lib/outputs/language";
import { DATA_PATHS, pathsIn, VERSIONS_PATH } from "@/lib/outputs/paths";
import { pdfLink, redlinePageLanguage, versionEntries, versionPageLanguage } from "@/lib/outputs/version-history";
import { versionPageMetadata, versionsListFacts } from "@/lib/outputs/version-pages";
import { getTimeline } from "@/lib/policy";

export function versionsPageMetadata(language: string): Metadata {
  const timeline = getTimeline(language);
  return versionPageMetadata(timeline.current, versionsListFacts(timeline, LANGUAGES));
}

/** Every version, newest first: when it took effect, what it changed, and the way to read it and its changes. */
export function VersionsPage({ language }: { language: string }) {
  const timeline = getTimeline(language);
  const { title } = timeline.current.metadata;
  const words = dictionaryOf(language);
  return (
    <SiteChrome page={{ language, path: VERSIONS_PATH, languages: LANGUAGES }}>
      <article className="page-column versions-page">
        <header className="page-header">
          <h1>{words.versionsTitle(title)}</h1>
          <p className="lede">
            <Parts parts={words.versionsLede(<a href={DATA_PATHS.feed}>{words.subscribeToFeed}</a>)} />
          </p>
        </header>
        <ol className="version-list" reversed>
          {versionEntries(timeline).map(({ policy, status, previous }) => {
            const { effective, summary, significant, announced } = policy.version;
            // A version not translated yet is read in English: its links say so, and its summary is marked English.
            const pageLanguage = versionPageLanguage(policy);
            const foreign = pageLanguage === language ? undefined : pageLanguage;
            const versionHref = pathsIn(pageLanguage).version(effective);
            const pdf = pdfLink(policy, { current: false });
            return (
              <li key={effective} className={`version-item version-${status}`}>
                <h2>
                  <a href={versionHref} hrefLang={foreign}>
                    {words.versionOf(formatDate(effective, language))}
                  </a>
                </h2>
                <p className="version-tags">
                  <span className={`tag tag-${status}`}>{words.versionStatus[status]}</span>
                  {significant ? <span className="tag tag-significant">{words.significantChange}</span> : null}
                </p>
                <p className="version-dates">
                  {status === "upcoming" ? words.takesEffect : words.effective} <DateText date={effective} language={language} />
                  {announced ? (
                    <>
                      {" "}
                      · {words.announced} <DateText date={announced} language={language} />
                    </>
                  ) : null}
                </p>
                <p lang={foreign}>{summary}</p>
                <p className="version-links">
                  <a href={versionHref} hrefLang={foreign}>
                    {foreign ? words.translationLater : words.readThisVersion}
                  </a>
                  {previous ? (
                    <>
                      {" · "}
                      <a href={pathsIn(redlinePageLanguage(previous, policy)).versionChanges(effective)}>{words.seeItsChanges}</a>
                    </>
                  ) : (
                    ` · ${words.theFirstVersion}`
                  )}
                  {pdf ? (
                    <>
                      {" · "}
                      <PdfLink link={pdf} language={language} />
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ol>
      </article>
    </SiteChrome>
  );
}
