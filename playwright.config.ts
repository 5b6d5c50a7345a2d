import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers here: use Debian's Chromium (CHROME_PATH overrides).
// `npm run test:e2e` runs scripts/ensure-chromium.sh first, which installs it or says how.
const executablePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT || 3100);

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
  webServer: {
    // `npm start`'s server (the standalone build that `npm run build` made, npm test runs it first), on loopback only.
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/privacy`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { HOST: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  },
});
