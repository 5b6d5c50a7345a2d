import type { Metadata } from "next";
import { DateText } from "@/components/DateText";
import { formatDate } from "@/lib/outputs/language";
import { DATA_PATHS, versionChangesPath, versionPath } from "@/lib/outputs/paths";
import { versionEntries } from "@/lib/outputs/version-history";
import { versionPageMetadata, versionsListFacts } from "@/lib/outputs/version-pages";
import { getTimeline } from "@/lib/policy";

export function generateMetadata(): Metadata {
  const timeline = getTimeline();
  return versionPageMetadata(timeline.current, versionsListFacts(timeline));
}

const STATUS_LABEL = { "in-effect": "In effect", upcoming: "Upcoming", superseded: "Superseded", draft: "Draft" } as const;

/** Every version, newest first: when it took effect, what it changed, and the way to read it and its changes. */
export default function VersionsPage() {
  const timeline = getTimeline();
  const { title } = timeline.current.metadata;
  return (
    <article className="page-column versions-page">
      <header className="page-header">
        <h1>Versions of the {title}</h1>
        <p className="lede">
          Each version stays readable at its own address, with the same section and clause links as the policy. Changes are announced here before they
          take effect; <a href={DATA_PATHS.feed}>subscribe to the feed</a> to hear of the next one.
        </p>
      </header>
      <ol className="version-list" reversed>
        {versionEntries(timeline).map(({ policy, status, previous }) => {
          const { effective, summary, significant, announced } = policy.version;
          return (
            <li key={effective} className={`version-item version-${status}`}>
              <h2>
                <a href={versionPath(effective)}>Version of {formatDate(effective)}</a>
              </h2>
              <p className="version-tags">
                <span className={`tag tag-${status}`}>{STATUS_LABEL[status]}</span>
                {significant ? <span className="tag tag-significant">Significant change</span> : null}
              </p>
              <p className="version-dates">
                {status === "upcoming" ? "Takes effect" : "Effective"} <DateText date={effective} />
                {announced ? (
                  <>
                    {" "}
                    · announced <DateText date={announced} />
                  </>
                ) : null}
              </p>
              <p>{summary}</p>
              <p className="version-links">
                <a href={versionPath(effective)}>Read this version</a>
                {previous ? (
                  <>
                    {" · "}
                    <a href={versionChangesPath(effective)}>See its changes</a>
                  </>
                ) : (
                  " · The first version"
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
