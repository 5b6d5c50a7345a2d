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
import { getTimeline, SOURCE_LANGUAGE } from "../lib/policy";
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

export async function generate(): Promise<void> {
  if (!reportContentCheck(root)) process.exit(1);
  write("app/palette.generated.css", paletteCss());
  const translations = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE).map((language) => getTimeline(language));
  write("lib/generated/site-manifest.json", `${JSON.stringify(buildSiteManifest(getTimeline(), translations), null, 2)}\n`);
  await buildClientScript();
}

// Run as a step of build and typecheck, or imported by scripts/dev.ts.
if (process.argv[1]?.endsWith("generate.ts")) void generate();
