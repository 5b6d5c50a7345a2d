import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PolicyHeader } from "@/components/PolicyHeader";
import { PolicyText } from "@/components/PolicyText";
import { VersionBanner } from "@/components/VersionNotices";
import { versionPath } from "@/lib/outputs/paths";
import { versionEntries, versionEntry } from "@/lib/outputs/version-history";
import { versionFacts, versionPageMetadata } from "@/lib/outputs/version-pages";
import { getTimeline } from "@/lib/policy";

type VersionPageProps = { params: Promise<{ date: string }> };

// Published versions only (and drafts under `next dev`); any other date is a 404, decided at build time.
export const dynamicParams = false;

export function generateStaticParams(): { date: string }[] {
  return versionEntries(getTimeline()).map(({ policy }) => ({ date: policy.version.effective }));
}

export async function generateMetadata({ params }: VersionPageProps): Promise<Metadata> {
  const timeline = getTimeline();
  const entry = versionEntry(timeline, (await params).date);
  return entry ? versionPageMetadata(timeline.current, versionFacts(entry)) : {};
}

/** The policy as it read in one version, complete, with the same anchors: /privacy/versions/DATE#ID is a citation. */
export default async function VersionPage({ params }: VersionPageProps) {
  const entry = versionEntry(getTimeline(), (await params).date);
  if (!entry) notFound();
  const { policy } = entry;
  return (
    <div className="policy-layout">
      <PolicyHeader policy={policy}>
        <VersionBanner entry={entry} />
      </PolicyHeader>
      <PolicyText policy={policy} pagePath={versionPath(policy.version.effective)} />
    </div>
  );
}
