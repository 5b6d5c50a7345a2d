import { defineConfig, devices } from "@playwright/test";
import { FIXTURE_SITE_DAYS, fixtureSiteCommand, type FixtureSiteName, MAIN_PORT } from "./tests/e2e/fixture-sites";

// Playwright cannot download its own browsers here: use Debian's Chromium (CHROME_PATH overrides).
// `npm run test:e2e` runs scripts/ensure-chromium.sh first, which installs it or says how.
const executablePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const port = MAIN_PORT;

/**
 * The site built from tests/fixtures/versioned-content as of a fixed day, in its own copy of the project
 * (scripts/fixture-site.ts), so the main build is never touched. Its first start builds it (about a minute here, less
 * once its build cache is warm); later starts reuse that build unless something it is built from changed.
 */
const fixtureSite = (name: FixtureSiteName) => ({
  command: fixtureSiteCommand(name),
  url: `http://127.0.0.1:${FIXTURE_SITE_DAYS[name].port}/privacy`,
  reuseExistingServer: false,
  timeout: 300_000,
  // What it serves, and its build's progress and errors, shown with this prefix: a build takes long enough to want to see it.
  name: `fixture site ${FIXTURE_SITE_DAYS[name].today}`,
  stdout: "pipe" as const,
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      // Without these, Chromium keeps trying to reach Google's services, which this network refuses.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // Playwright starts these one after the other, each once the one before answers (its plugin setups run in turn).
  webServer: [
    {
      // `npm start`'s server (the standalone build that `npm run build` made, npm test runs it first), on loopback only.
      command: "node scripts/start.mjs",
      url: `http://127.0.0.1:${port}/privacy`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { HOST: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    },
    fixtureSite("beforeSwitch"),
    fixtureSite("afterSwitch"),
  ],
});
