import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/DateText";
import { Redline } from "@/components/Redline";
import { formatDate } from "@/lib/outputs/language";
import { POLICY_PATH, versionPath } from "@/lib/outputs/paths";
import { versionEntries, versionEntry } from "@/lib/outputs/version-history";
import { versionChangesFacts, versionPageMetadata } from "@/lib/outputs/version-pages";
import { getTimeline } from "@/lib/policy";

type ChangesPageProps = { params: Promise<{ date: string }> };

export const dynamicParams = false;

// The first version changed nothing: it has no changes page, and its own page says it is the first.
export function generateStaticParams(): { date: string }[] {
  return versionEntries(getTimeline())
    .filter((entry) => entry.changes)
    .map(({ policy }) => ({ date: policy.version.effective }));
}

export async function generateMetadata({ params }: ChangesPageProps): Promise<Metadata> {
  const timeline = getTimeline();
  const entry = versionEntry(timeline, (await params).date);
  return entry?.changes ? versionPageMetadata(timeline.current, versionChangesFacts(entry)) : {};
}

/** A redline of one version against the one before it. */
export default async function VersionChangesPage({ params }: ChangesPageProps) {
  const entry = versionEntry(getTimeline(), (await params).date);
  if (!entry?.changes || !entry.previous) notFound();
  const { policy, previous, status } = entry;
  const { effective, summary } = policy.version;
  return (
    <article className="page-column changes-page">
      <header className="page-header">
        <p className="eyebrow">
          <a href={POLICY_PATH}>{policy.metadata.title}</a>
        </p>
        <h1>What changed on {formatDate(effective)}</h1>
        <p className="lede">
          The <a href={versionPath(effective)}>version of {formatDate(effective)}</a> {status === "upcoming" ? "takes" : "took"} effect on{" "}
          <DateText date={effective} />, replacing the{" "}
          <a href={versionPath(previous.version.effective)}>version of {formatDate(previous.version.effective)}</a>. {summary}
        </p>
      </header>
      <Redline redline={entry.changes} />
    </article>
  );
}
