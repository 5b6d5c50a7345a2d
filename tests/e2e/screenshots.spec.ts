import { test } from "@playwright/test";

// Pictures to look at before calling a design change done; kept as test artifacts in test-results/.
const widths = [375, 1280, 1920];
const paths = [
  ["policy", "/privacy"],
  ["section", "/privacy/your-rights"],
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`screenshots, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const [name, path] of paths) {
      for (const width of widths) {
        test(`${name} at ${width} px`, async ({ page }, testInfo) => {
          await page.setViewportSize({ width, height: Math.round(width * 0.5625) < 700 ? 800 : Math.round(width * 0.5625) });
          await page.goto(path ?? "/privacy");
          const file = testInfo.outputPath(`${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          await testInfo.attach(`${name}-${width}-${colorScheme}`, { path: file, contentType: "image/png" });
        });
      }
    }
  });
}

test("print PDF of the full policy", async ({ page }, testInfo) => {
  await page.goto("/privacy");
  const file = testInfo.outputPath("privacy.pdf");
  await page.pdf({ path: file, format: "A4", printBackground: true });
  await testInfo.attach("privacy.pdf", { path: file, contentType: "application/pdf" });
});
