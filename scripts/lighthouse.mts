// `npm run lighthouse`: serves the production build on 127.0.0.1 (building it first when it is missing or stale,
// as `npm start` does), runs Lighthouse on the policy and one section page with the mobile and desktop profiles,
// prints the four category scores of each run, then stops the server. Exits non-zero when a page scores below
// 100 for SEO. Not part of `npm test`: Lighthouse takes minutes and its performance score varies with load.
//
// CHROME_PATH picks the browser (default /usr/bin/chromium); LIGHTHOUSE_PORT the server port (default: any free
// port); LIGHTHOUSE_PATHS a comma-separated list of pages to audit instead of the default two.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { freePort, runScript, startSite } from "./processes";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const PATHS = (process.env.LIGHTHOUSE_PATHS ?? "/privacy,/privacy/cookies")
  .split(",")
  .map((entry) => entry.trim())
  .filter((entry) => entry !== "");
const PROFILES = [
  { name: "mobile", config: undefined },
  { name: "desktop", config: desktopConfig },
] as const;
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** The lab metrics printed beside the scores: what a performance score below 100 is made of. */
const METRICS = [
  ["FCP", "first-contentful-paint", "ms"],
  ["LCP", "largest-contentful-paint", "ms"],
  ["TBT", "total-blocking-time", "ms"],
  ["CLS", "cumulative-layout-shift", ""],
] as const;

type Row = {
  path: string;
  profile: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: string[];
  seoFailures: string[];
};

/** One Lighthouse run in a fresh Chromium, so that no run inherits another's cache or service state. */
async function runLighthouse(url: string, profile: (typeof PROFILES)[number]) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      profile.config,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return result;
  } finally {
    chrome.kill();
  }
}

async function audit(url: string, profile: (typeof PROFILES)[number]): Promise<Omit<Row, "path" | "profile">> {
  let result = await runLighthouse(url, profile);
  // On a busy machine the page load can time out once (Lighthouse then reports an interstitial or no FCP):
  // that says nothing about the page, so such a run is tried once more.
  if (result.lhr.runtimeError) {
    console.log(`  ${result.lhr.runtimeError.code}: trying once more`);
    result = await runLighthouse(url, profile);
  }
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const score = (category: (typeof CATEGORIES)[number]) => {
    const value = lhr.categories[category]?.score;
    return typeof value === "number" ? Math.round(value * 100) : null;
  };
  const scores = {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
  };
  const seoFailures = (lhr.categories.seo?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((auditResult) => auditResult !== undefined && auditResult.score !== null && auditResult.score < 1)
    .map((auditResult) => `${auditResult?.id}: ${auditResult?.title}`);
  const metrics = METRICS.map(([, id, unit]) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== "number") return "n/a";
    return unit === "ms" ? `${Math.round(value)} ms` : value.toFixed(3);
  });
  return { scores, metrics, seoFailures };
}

function printTable(rows: Row[]) {
  const header = ["page", "profile", ...CATEGORIES, ...METRICS.map(([name]) => name)];
  const lines = [
    header,
    ...rows.map((row) => [row.path, row.profile, ...CATEGORIES.map((category) => String(row.scores[category] ?? "n/a")), ...row.metrics]),
  ];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? "").length)));
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "));
}

async function main(): Promise<number> {
  const port = Number(process.env.LIGHTHOUSE_PORT) || (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  // The build's progress, when start.mjs has to build first, is worth seeing.
  const server = await startSite(port, (text) => process.stdout.write(text));
  try {
    const rows: Row[] = [];
    for (const pagePath of PATHS) {
      for (const profile of PROFILES) {
        console.log(`Lighthouse: ${pagePath} (${profile.name})…`);
        rows.push({ path: pagePath, profile: profile.name, ...(await audit(`${origin}${pagePath}`, profile)) });
      }
    }
    console.log("");
    printTable(rows);
    const belowFull = rows.filter((row) => row.scores.seo !== 100);
    for (const row of belowFull) {
      console.error(`\nSEO below 100 on ${row.path} (${row.profile}):\n  ${row.seoFailures.join("\n  ") || "(no failing audit reported)"}`);
    }
    if (belowFull.length > 0) return 1;
    console.log("\nSEO: 100 on every page and profile.");
    return 0;
  } finally {
    await server.stop();
  }
}

runScript(main);
