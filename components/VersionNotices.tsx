import { POLICY_PATH, versionChangesPath, versionPath, VERSIONS_PATH } from "@/lib/outputs/paths";
import type { VersionEntry } from "@/lib/outputs/version-history";
import type { Policy } from "@/lib/policy";
import { DateText } from "./DateText";

/** "Effective 26 November 2026", beside "Last updated". */
export function EffectiveDate({ policy }: { policy: Policy }) {
  return (
    <p className="effective-date">
      Effective <DateText date={policy.version.effective} />
    </p>
  );
}

/** On a version's own page: which version this is, whether it applies, and the way to the current one. */
export function VersionBanner({ entry }: { entry: VersionEntry }) {
  const { policy, status, previous, until } = entry;
  const { effective } = policy.version;
  const state = {
    "in-effect": <>This is the version in effect, since <DateText date={effective} />.</>,
    superseded: (
      <>
        This version was in effect from <DateText date={effective} />
        {until ? (
          <>
            {" "}until <DateText date={until} />
          </>
        ) : null}
        . It no longer applies.
      </>
    ),
    upcoming: (
      <>
        This version takes effect on <DateText date={effective} />. Until then, the current policy applies.
      </>
    ),
    draft: (
      <>
        Draft, not published: it would take effect on <DateText date={effective} />. Only <code>npm run dev</code> shows it.
      </>
    ),
  }[status];
  return (
    <div className={`notice version-notice version-${status}`} role="note" aria-label="About this version">
      <p className="notice-title">
        {policy.metadata.title}, version of <DateText date={effective} />
      </p>
      <p>{state}</p>
      <p>{policy.version.summary}</p>
      <ul className="notice-links">
        {status === "in-effect" ? null : (
          <li>
            <a href={POLICY_PATH}>Read the policy in effect</a>
          </li>
        )}
        <li>
          {previous ? <a href={versionChangesPath(effective)}>What this version changed</a> : "This is the first version of the policy."}
        </li>
        <li>
          <a href={VERSIONS_PATH}>All versions</a>
        </li>
      </ul>
    </div>
  );
}

/** On /privacy: advance notice of each version announced but not yet in effect. */
export function UpcomingVersions({ upcoming }: { upcoming: readonly Policy[] }) {
  return upcoming.map((policy) => {
    const { effective, summary, significant } = policy.version;
    return (
      <div key={effective} className="notice upcoming-notice" role="note" aria-label="Upcoming change">
        <p className="notice-title">
          {significant ? "A significant change" : "A change"} to this policy takes effect on <DateText date={effective} />
        </p>
        <p>{summary}</p>
        <ul className="notice-links">
          <li>
            <a href={versionChangesPath(effective)}>See what changes</a>
          </li>
          <li>
            <a href={versionPath(effective)}>Read the new version</a>
          </li>
        </ul>
      </div>
    );
  });
}
