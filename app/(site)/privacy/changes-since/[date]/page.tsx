import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/DateText";
import { Redline } from "@/components/Redline";
import { formatDate } from "@/lib/outputs/language";
import { POLICY_PATH, versionPath } from "@/lib/outputs/paths";
import { redlineBetween } from "@/lib/outputs/version-history";
import { changesSinceFacts, versionPageMetadata } from "@/lib/outputs/version-pages";
import { getTimeline, type PolicyTimeline } from "@/lib/policy";

type ChangesSincePageProps = { params: Promise<{ date: string }> };

export const dynamicParams = false;

/** Every published version up to the one in effect: an app may have a user who accepted any of them. */
const acceptableVersions = ({ published, today }: PolicyTimeline) => published.filter((policy) => policy.version.effective <= today);

export function generateStaticParams(): { date: string }[] {
  return acceptableVersions(getTimeline()).map((policy) => ({ date: policy.version.effective }));
}

function sincePolicy(date: string) {
  const timeline = getTimeline();
  const since = acceptableVersions(timeline).find((policy) => policy.version.effective === date);
  return since ? { since, current: timeline.current } : undefined;
}

export async function generateMetadata({ params }: ChangesSincePageProps): Promise<Metadata> {
  const found = sincePolicy((await params).date);
  return found ? versionPageMetadata(found.current, changesSinceFacts(found.since, found.current)) : {};
}

/** Everything that changed from one version to the one in effect: what an app shows a user who accepted the older. */
export default async function ChangesSincePage({ params }: ChangesSincePageProps) {
  const found = sincePolicy((await params).date);
  if (!found) notFound();
  const { since, current } = found;
  return (
    <article className="page-column changes-page">
      <header className="page-header">
        <p className="eyebrow">
          <a href={POLICY_PATH}>{current.metadata.title}</a>
        </p>
        <h1>Changes since {formatDate(since.version.effective)}</h1>
        <p className="lede">
          {since === current ? (
            <>
              The <a href={versionPath(since.version.effective)}>version of {formatDate(since.version.effective)}</a> is the one in effect: nothing has
              changed since.
            </>
          ) : (
            <>
              From the <a href={versionPath(since.version.effective)}>version of {formatDate(since.version.effective)}</a> to the{" "}
              <a href={POLICY_PATH}>version in effect</a>, which took effect on{" "}
              <DateText date={current.version.effective} />.
            </>
          )}
        </p>
      </header>
      <Redline redline={redlineBetween(since, current)} />
    </article>
  );
}
