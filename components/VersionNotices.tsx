import { dictionaryOf } from "@/lib/outputs/language";
import { pathsIn } from "@/lib/outputs/paths";
import { redlinePageLanguage, type VersionEntry, versionPageLanguage } from "@/lib/outputs/version-history";
import type { Policy } from "@/lib/policy";
import { DateText } from "./DateText";
import { Parts } from "./Parts";

/** "Effective 26 November 2026", beside "Last updated". */
export function EffectiveDate({ policy }: { policy: Policy }) {
  return (
    <p className="effective-date">
      {dictionaryOf(policy.language).effective} <DateText date={policy.version.effective} language={policy.language} />
    </p>
  );
}

/** A version's summary, marked as English where the version is not translated yet. */
function Summary({ policy }: { policy: Policy }) {
  const language = versionPageLanguage(policy);
  return <p lang={language === policy.language ? undefined : language}>{policy.version.summary}</p>;
}

/** On a version's own page: which version this is, whether it applies, and the way to the current one. */
export function VersionBanner({ entry }: { entry: VersionEntry }) {
  const { policy, status, previous, until } = entry;
  const { effective } = policy.version;
  const { language } = policy;
  const words = dictionaryOf(language);
  const paths = pathsIn(language);
  const date = (value: string) => <DateText date={value} language={language} />;
  const state = {
    "in-effect": words.inEffectSince(date(effective)),
    superseded: words.supersededFrom(date(effective), until ? date(until) : null),
    upcoming: words.upcomingOn(date(effective)),
    draft: words.draftOn(date(effective), <code>npm run dev</code>),
  }[status];
  return (
    <div className={`notice version-notice version-${status}`} role="note" aria-label={words.aboutThisVersion}>
      <p className="notice-title">
        <Parts parts={words.versionTitle(policy.metadata.title, date(effective))} />
      </p>
      <p>
        <Parts parts={state} />
      </p>
      <Summary policy={policy} />
      <ul className="notice-links">
        {status === "in-effect" ? null : (
          <li>
            <a href={paths.policy}>{words.readInEffect}</a>
          </li>
        )}
        <li>
          {previous ? <a href={pathsIn(redlinePageLanguage(previous, policy)).versionChanges(effective)}>{words.whatThisVersionChanged}</a> : words.firstVersion}
        </li>
        <li>
          <a href={paths.versions}>{words.allVersions}</a>
        </li>
      </ul>
    </div>
  );
}

/** On the policy page: advance notice of each version announced but not yet in effect. */
export function UpcomingVersions({ current, upcoming }: { current: Policy; upcoming: readonly Policy[] }) {
  const words = dictionaryOf(current.language);
  return upcoming.map((policy, index) => {
    const { effective, significant } = policy.version;
    const previous = upcoming[index - 1] ?? current;
    return (
      <div key={effective} className="notice upcoming-notice" role="note" aria-label={words.upcomingChange}>
        <p className="notice-title">
          <Parts parts={words.upcomingTitle(significant, <DateText date={effective} language={current.language} />)} />
        </p>
        <Summary policy={policy} />
        <ul className="notice-links">
          <li>
            <a href={pathsIn(redlinePageLanguage(previous, policy)).versionChanges(effective)}>{words.seeWhatChanges}</a>
          </li>
          <li>
            <a href={pathsIn(versionPageLanguage(policy)).version(effective)}>{words.readNewVersion}</a>
          </li>
        </ul>
      </div>
    );
  });
}
