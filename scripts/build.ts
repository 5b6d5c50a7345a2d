// `npm run build`: the production build, for one day. It decides the build date once (POLICY_TODAY when set, else
// today in the policy's time zone) and gives it to both steps, so that a build running over midnight cannot make
// the proxy's manifest for one version and the pages for another. Then: scripts/generate.ts, `next build`, and
// npm runs scripts/postbuild.ts after it.
import { spawnSync } from "node:child_process";
import { buildDate, loadContent } from "../lib/policy";
import { generate } from "./generate";

async function main(): Promise<number> {
  // Invalid content has no time zone: generate() then prints the content:check report and exits.
  const { data } = loadContent(process.cwd());
  if (data) {
    const { timeZone } = data.settings;
    process.env.POLICY_TODAY = buildDate(timeZone);
    console.log(`Building the site as of ${process.env.POLICY_TODAY} (${timeZone}).`);
  }
  await generate();
  return spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env }).status ?? 1;
}

void main().then((code) => process.exit(code));
