// Runs before `next build`, `next dev` and `tsc`: checks the content, then writes what the app imports but git does
// not hold (all build-time work, never per request):
// - app/palette.generated.css, the colours as CSS custom properties (lib/outputs/palette.ts);
// - lib/generated/site-manifest.json, what proxy.ts needs to know about the site (lib/http/data-responses.ts);
// - public/assets/site.HASH.js and lib/generated/site-script.json, our one script (scripts/build-client.ts).
import fs from "node:fs";
import path from "node:path";
import { buildSiteManifest } from "../lib/http/data-responses";
import { LANGUAGES } from "../lib/outputs/language";
import { paletteCss } from "../lib/outputs/palette";
import { pathsIn } from "../lib/outputs/paths";
import { getTimeline, type Policy, type PolicyTimeline, SOURCE_LANGUAGE } from "../lib/policy";
import { contentFilePath } from "../lib/policy/files";
import { buildClientScript } from "./build-client";
import { reportContentCheck } from "./content-check";

const root = process.cwd();

function write(relativePath: string, text: string) {
  const file = path.join(root, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Unchanged files keep their time stamps, so that `next dev` does not reload for nothing.
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  fs.writeFileSync(file, text);
}

/** Where the PDFs are served from: copies in public/ (not in git), made afresh each time so none outlives its version. */
const PDF_TARGETS = ["public/privacy.pdf", "public/privacy", ...LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE).map((language) => `public/${language}`)];

/**
 * Each version's PDF (committed beside it in content/, made by content:publish) at its address: /privacy.pdf for the
 * version in effect, /privacy/versions/DATE.pdf for each published one, the same under /LANG for a translation.
 */
function copyPdfs(timelines: readonly PolicyTimeline[]): void {
  for (const target of PDF_TARGETS) fs.rmSync(path.join(root, target), { recursive: true, force: true });
  for (const { current, published } of timelines) {
    const paths = pathsIn(current.language);
    const copy = (policy: Policy, sitePath: string) => {
      if (!policy.pdf) return;
      const target = path.join(root, "public", sitePath);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(contentFilePath(root, policy.pdf.path), target);
    };
    copy(current, paths.pdf);
    for (const policy of published) copy(policy, paths.versionPdf(policy.version.effective));
  }
}

export async function generate(): Promise<void> {
  if (!reportContentCheck(root)) process.exit(1);
  write("app/palette.generated.css", paletteCss());
  const english = getTimeline();
  const translations = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE).map((language) => getTimeline(language));
  write("lib/generated/site-manifest.json", `${JSON.stringify(buildSiteManifest(english, translations), null, 2)}\n`);
  copyPdfs([english, ...translations]);
  await buildClientScript();
}

// Run as a step of build and typecheck, or imported by scripts/dev.ts.
if (process.argv[1]?.endsWith("generate.ts")) void generate();
