/**
 * The sites the browser tests run against, one source for their ports: playwright.config.ts starts them from here
 * and the tests take their addresses from here. E2E_PORT is the main site (the project's own content and build);
 * the fixture sites are the site built from tests/fixtures/versioned-content as of a fixed day (scripts/fixture-site.ts),
 * each on the next port up.
 */
import { VERSIONED, VERSIONED_CONTENT_DIR } from "../fixtures/versioned-content";

export const MAIN_PORT = Number(process.env.E2E_PORT || 3100);

/** Each fixture site: the day it is built as of, its port. */
export const FIXTURE_SITE_DAYS = {
  /** After v3 is announced, before it takes effect: v2 is current, v3 upcoming. */
  beforeSwitch: { today: "2026-12-01", port: MAIN_PORT + 1 },
  /** The day v3 takes effect: v3 is current, nothing upcoming. */
  afterSwitch: { today: VERSIONED.v3, port: MAIN_PORT + 2 },
} as const;

export type FixtureSiteName = keyof typeof FIXTURE_SITE_DAYS;

const origin = (port: number) => `http://127.0.0.1:${port}`;


/** Base URLs of the fixture sites, and the day each is built as of. */
export const FIXTURE_SITES = {
  beforeSwitch: origin(FIXTURE_SITE_DAYS.beforeSwitch.port),
  afterSwitch: origin(FIXTURE_SITE_DAYS.afterSwitch.port),
  today: { beforeSwitch: FIXTURE_SITE_DAYS.beforeSwitch.today, afterSwitch: FIXTURE_SITE_DAYS.afterSwitch.today },
} as const;

/**
 * The command that serves one fixture site (playwright.config.ts's webServer). `node --import tsx` rather than the
 * tsx command: one process fewer between Playwright and the server, so a stop reaches the script directly.
 */
export function fixtureSiteCommand(name: FixtureSiteName): string {
  const { today, port } = FIXTURE_SITE_DAYS[name];
  return `node --import tsx scripts/fixture-site.ts --content ${VERSIONED_CONTENT_DIR} --today ${today} --port ${port}`;
}
