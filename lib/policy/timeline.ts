import type { Policy, PolicyContent } from "./parse-policy";
import { effectiveDateSchema } from "./schema";

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`: effective dates are dates in the policy's time zone. */
export function dateIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * The day the site is built for: POLICY_TODAY when set (scripts/build.ts sets it once for the whole build, so that
 * a build running over midnight decides once; tests set it to build as of another day), else today in the policy's
 * time zone.
 */
export function buildDate(timeZone: string, env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.POLICY_TODAY;
  if (fixed === undefined || fixed === "") return dateIn(timeZone);
  if (!effectiveDateSchema.safeParse(fixed).success) throw new Error(`POLICY_TODAY=${fixed} is not a date — write it as YYYY-MM-DD`);
  return fixed;
}

/** The versions as of one day: which is in effect, which are announced and not yet in effect. */
export type PolicyTimeline = {
  today: string;
  /** The version in effect today: the newest published one whose effective date has come. */
  current: Policy;
  /** Published, effective after today, soonest first. */
  upcoming: Policy[];
  /** Every published version, newest first. */
  published: Policy[];
  /** Drafts, shown only by `next dev` (timelineAt's caller decides). */
  drafts: Policy[];
};

/** The timeline on `today`; throws when no published version is in effect yet, since then /privacy has no text. */
export function timelineAt(content: PolicyContent, today: string, { withDrafts = false } = {}): PolicyTimeline {
  const inEffect = content.versions.filter((version) => version.version.effective <= today);
  const current = inEffect.at(-1);
  if (!current) {
    throw new Error(`No version of the policy is in effect on ${today}: the first one takes effect on ${content.versions[0]?.version.effective ?? "(none published)"}.`);
  }
  return {
    today,
    current,
    upcoming: content.versions.filter((version) => version.version.effective > today),
    published: [...content.versions].reverse(),
    drafts: withDrafts ? content.drafts : [],
  };
}

/** The instant `date` begins in `timeZone` (midnight there), e.g. for the feed's RFC 3339 timestamps. */
export function midnightIn(date: string, timeZone: string): Date {
  // The offset at 00:00 UTC that day is the one at local midnight: no zone changes its offset between the two.
  const zoneName = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(`${date}T00:00:00Z`))
    .find((part) => part.type === "timeZoneName")?.value;
  const offset = zoneName?.replace(/^GMT/, "") || "+00:00";
  return new Date(`${date}T00:00:00${offset}`);
}
