import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PolicyHeader } from "@/components/PolicyHeader";
import { PolicyText } from "@/components/PolicyText";
import { SiteChrome } from "@/components/SiteChrome";
import { VersionBanner } from "@/components/VersionNotices";
import { pathsIn, versionPath } from "@/lib/outputs/paths";
import { versionFacts, versionPageMetadata } from "@/lib/outputs/version-pages";
import { getTimeline } from "@/lib/policy";
import { languagesWith, versionPages } from "./page-languages";

const entryOf = (language: string, date: string) => versionPages(language).find((entry) => entry.policy.version.effective === date);

export function versionPageParams(language: string): { date: string }[] {
  return versionPages(language).map(({ policy }) => ({ date: policy.version.effective }));
}

export function versionPageMetadataOf(language: string, date: string): Metadata {
  const entry = entryOf(language, date);
  return entry ? versionPageMetadata(getTimeline(language).current, versionFacts(entry, languagesWith(date, versionPages))) : {};
}

/** The policy as it read in one version, complete, with the same anchors: /privacy/versions/DATE#ID is a citation. */
export function VersionPage({ language, date }: { language: string; date: string }) {
  const entry = entryOf(language, date);
  if (!entry) notFound();
  const { policy } = entry;
  return (
    <SiteChrome page={{ language, path: versionPath(date), languages: languagesWith(date, versionPages) }}>
      <div className="policy-layout">
        <PolicyHeader policy={policy} current={false}>
          <VersionBanner entry={entry} />
        </PolicyHeader>
        <PolicyText policy={policy} pagePath={pathsIn(language).version(date)} />
      </div>
    </SiteChrome>
  );
}
