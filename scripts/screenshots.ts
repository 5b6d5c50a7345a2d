// `npm run screenshots`: pictures to look at before calling a design change done. Serves the production build as
// `npm start` does (building first when it is missing or stale) on a free port of 127.0.0.1, and saves full-page
// screenshots of /privacy and a section page at 375, 1280 and 1920 px in the light and dark themes, and a print PDF
// of the policy, in SCREENSHOTS_DIR (default test-results/screenshots). Checks nothing: not part of `npm test`.
// CHROME_PATH picks the browser (default /usr/bin/chromium), as for the browser tests.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort, projectRoot, runScript, startSite } from "./processes";

const widths = [375, 1280, 1920];
const pages = [
  ["policy", "/privacy"],
  ["section", "/privacy/your-rights"],
] as const;
const outputDir = path.resolve(projectRoot, process.env.SCREENSHOTS_DIR || path.join("test-results", "screenshots"));

async function main(): Promise<number> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  console.log(`screenshots: starting the production server (npm start) on ${origin} …`);
  const server = await startSite(port, (text) => process.stdout.write(text));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    // As in playwright.config.ts: without these, Chromium keeps trying to reach Google's services.
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    fs.mkdirSync(outputDir, { recursive: true });
    const saved: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of widths) {
        // 16:9, except on a phone, where that would be a strip: 800 px, about a phone's height.
        const sixteenByNine = Math.round(width * 0.5625);
        const height = sixteenByNine < 700 ? 800 : sixteenByNine;
        const context = await browser.newContext({ colorScheme, viewport: { width, height } });
        const page = await context.newPage();
        for (const [name, pagePath] of pages) {
          await page.goto(`${origin}${pagePath}`, { waitUntil: "load" });
          const file = path.join(outputDir, `${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          saved.push(file);
        }
        await context.close();
      }
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/privacy`, { waitUntil: "load" });
    const pdf = path.join(outputDir, "privacy.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    saved.push(pdf);
    await context.close();
    console.log(`screenshots: ${saved.length} files in ${path.relative(projectRoot, outputDir) || "."}:`);
    for (const file of saved) console.log(`  ${path.basename(file)}`);
    return 0;
  } finally {
    await browser.close();
    await server.stop();
  }
}

runScript(main);
