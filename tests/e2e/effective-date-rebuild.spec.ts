import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { VERSIONED, VERSIONED_CONTENT_DIR } from "../fixtures/versioned-content";
import { siteFolderName, SITES_DIR } from "../../scripts/fixture-site";
import { FIXTURE_SITES } from "./fixture-sites";

// The fixture site built as of 2026-12-01 (before v3 takes effect), as Playwright's web server left it: what would
// its own `npm start` (scripts/start.mjs → build-state.mjs) decide on a given day? POLICY_TODAY stands for the clock
// here; tests/unit/build/build-state.test.ts covers the clock in the policy's time zone.
const site = path.join(process.cwd(), SITES_DIR, siteFolderName(path.resolve(VERSIONED_CONTENT_DIR), FIXTURE_SITES.today.beforeSwitch));

function staleReason(today: string): string {
  const buildState = pathToFileURL(path.join(site, "scripts", "build-state.mjs")).href;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", `const { staleBuild } = await import(${JSON.stringify(buildState)}); console.log(staleBuild() ?? "up to date")`], {
    cwd: site,
    env: { ...process.env, POLICY_TODAY: today },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

test("npm start keeps a build until an upcoming version takes effect, then rebuilds it", () => {
  expect(staleReason("2026-12-01")).toBe("up to date");
  expect(staleReason("2027-01-14")).toBe("up to date");
  expect(staleReason(VERSIONED.v3)).toBe(`the version of ${VERSIONED.v3} has taken effect since the last build`);
});
