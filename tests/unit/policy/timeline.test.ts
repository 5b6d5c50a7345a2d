import { afterEach, describe, expect, it, vi } from "vitest";
import { formatContentError, type PolicyContent } from "@/lib/policy";
import { parseContent } from "@/lib/policy/parse-policy";
import { buildDate, dateIn, timelineAt } from "@/lib/policy/timeline";
import { contentFiles, versionFolder } from "./fixture-content";

const FIRST = "2026-02-01";
const SECOND = "2026-06-01";
const THIRD = "2026-12-01";
const DRAFT = "2027-03-01";

/** Three published versions and a draft, each with a summary naming it. */
function content(): PolicyContent {
  const folders = [FIRST, SECOND, THIRD, DRAFT].map((effective) => versionFolder(effective, { summary: `Version ${effective}.` }));
  const { data, errors } = parseContent(contentFiles(folders, { drafts: [DRAFT] }));
  if (!data) throw new Error(errors.map(formatContentError).join("\n"));
  return data;
}

const effectiveDates = (policies: readonly { version: { effective: string } }[]) => policies.map((policy) => policy.version.effective);

afterEach(() => {
  vi.useRealTimers();
});

describe("parseContent's versions", () => {
  it("lists the published versions oldest first, and the drafts apart", () => {
    const { versions, drafts } = content();
    expect(effectiveDates(versions)).toEqual([FIRST, SECOND, THIRD]);
    expect(versions.map((policy) => policy.version.summary)).toEqual([`Version ${FIRST}.`, `Version ${SECOND}.`, `Version ${THIRD}.`]);
    expect(effectiveDates(drafts)).toEqual([DRAFT]);
  });
});

describe("timelineAt", () => {
  const data = content();

  it("shows the newest version whose effective date has come, and the later ones as upcoming", () => {
    const timeline = timelineAt(data, "2026-07-15");
    expect(timeline.today).toBe("2026-07-15");
    expect(timeline.current.version.effective).toBe(SECOND);
    expect(effectiveDates(timeline.upcoming)).toEqual([THIRD]);
    expect(effectiveDates(timeline.published)).toEqual([THIRD, SECOND, FIRST]);
  });

  it("switches on the effective date: the day before, the version is upcoming; on the day, it is current", () => {
    const dayBefore = timelineAt(data, "2026-11-30");
    expect(dayBefore.current.version.effective).toBe(SECOND);
    expect(effectiveDates(dayBefore.upcoming)).toEqual([THIRD]);

    const onTheDay = timelineAt(data, THIRD);
    expect(onTheDay.current.version.effective).toBe(THIRD);
    expect(onTheDay.upcoming).toEqual([]);
  });

  it("shows the first version from its first day, with the others upcoming, soonest first", () => {
    const timeline = timelineAt(data, FIRST);
    expect(timeline.current.version.effective).toBe(FIRST);
    expect(effectiveDates(timeline.upcoming)).toEqual([SECOND, THIRD]);
  });

  it("throws when no version is in effect yet: /privacy would have no text", () => {
    expect(() => timelineAt(data, "2026-01-31")).toThrow(
      "No version of the policy is in effect on 2026-01-31: the first one takes effect on 2026-02-01.",
    );
  });

  it("shows drafts only when asked, and never as the current version", () => {
    expect(timelineAt(data, "2027-06-01").drafts).toEqual([]);
    const preview = timelineAt(data, "2027-06-01", { withDrafts: true });
    expect(effectiveDates(preview.drafts)).toEqual([DRAFT]);
    expect(preview.drafts[0]?.version.status).toBe("draft");
    // The draft's date has passed, yet the newest published version stays in effect.
    expect(preview.current.version.effective).toBe(THIRD);
    expect(effectiveDates(preview.published)).toEqual([THIRD, SECOND, FIRST]);
  });
});

describe("dateIn", () => {
  it("is the calendar date in the policy's time zone: midnight in Paris is still the evening before in UTC", () => {
    const halfPastMidnightInParis = new Date("2026-11-30T23:30:00Z");
    expect(dateIn("Europe/Paris", halfPastMidnightInParis)).toBe("2026-12-01");
    expect(dateIn("UTC", halfPastMidnightInParis)).toBe("2026-11-30");
    expect(dateIn("Europe/Paris", new Date("2026-11-30T22:59:59Z"))).toBe("2026-11-30");
  });

  it("follows summer time: in July, Paris is two hours ahead of UTC", () => {
    expect(dateIn("Europe/Paris", new Date("2026-07-14T21:59:59Z"))).toBe("2026-07-14");
    expect(dateIn("Europe/Paris", new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });

  it("reads the clock when given no time", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-30T23:30:00Z"));
    expect(dateIn("Europe/Paris")).toBe("2026-12-01");
  });
});

describe("buildDate", () => {
  /** An environment with only POLICY_TODAY set, when given. */
  const env = (POLICY_TODAY?: string): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...(POLICY_TODAY === undefined ? {} : { POLICY_TODAY }) });

  it("is POLICY_TODAY when it is set, whatever the clock says", () => {
    expect(buildDate("Europe/Paris", env("2026-12-01"))).toBe("2026-12-01");
    expect(buildDate("Europe/Paris", env("2031-05-17"))).toBe("2031-05-17");
  });

  it("is today in the policy's time zone when POLICY_TODAY is unset or empty", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-30T23:30:00Z"));
    expect(buildDate("Europe/Paris", env())).toBe("2026-12-01");
    expect(buildDate("Europe/Paris", env(""))).toBe("2026-12-01");
    expect(buildDate("UTC", env())).toBe("2026-11-30");
  });

  it("reads POLICY_TODAY from the environment by default", () => {
    vi.stubEnv("POLICY_TODAY", "2027-01-02");
    try {
      expect(buildDate("Europe/Paris")).toBe("2027-01-02");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each(["tomorrow", "2026-13-01", "2026-1-5", "01/12/2026", "2026-12-01T00:00"])("refuses the malformed POLICY_TODAY %s", (value) => {
    expect(() => buildDate("Europe/Paris", env(value))).toThrow(`POLICY_TODAY=${value} is not a date — write it as YYYY-MM-DD`);
  });
});
