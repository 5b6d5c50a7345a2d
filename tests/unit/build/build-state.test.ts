import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// build-state.mjs stays JavaScript so that `npm start` needs only node; loaded here as npm start loads it.
const { policyToday, versionChange } = await import(pathToFileURL(path.join(process.cwd(), "scripts", "build-state.mjs")).href);

const builtFor = { today: "2026-12-01", timeZone: "Europe/Paris", nextChange: "2027-01-15" };

describe("npm start's rebuild on an effective date", () => {
  it("keeps the build until the day an upcoming version takes effect", () => {
    expect(versionChange(builtFor, "2026-12-01")).toBeUndefined();
    expect(versionChange(builtFor, "2027-01-14")).toBeUndefined();
  });

  it("rebuilds on the effective date and after it", () => {
    expect(versionChange(builtFor, "2027-01-15")).toBe("the version of 2027-01-15 has taken effect since the last build");
    expect(versionChange(builtFor, "2027-03-01")).toMatch(/2027-01-15/);
  });

  it("never rebuilds for a date when no version is upcoming", () => {
    expect(versionChange({ ...builtFor, nextChange: null }, "2099-01-01")).toBeUndefined();
  });

  it("rebuilds a build made as of a later day than today", () => {
    expect(versionChange(builtFor, "2026-11-30")).toMatch(/made as of 2026-12-01/);
  });

  it("takes today in the policy's time zone, where a day starts at its midnight", () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(policyToday("Europe/Paris", {}, new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
    expect(policyToday("Europe/Paris", {}, new Date("2026-11-30T22:30:00Z"))).toBe("2026-11-30");
    expect(policyToday("Europe/Paris", { POLICY_TODAY: "2027-01-15" })).toBe("2027-01-15");
  });
});
