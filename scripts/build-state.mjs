// Whether the production build exists and is newer than everything it is made from, and making it when not. Plain
// JavaScript: `npm start` (scripts/start.mjs) must run with node alone, right after `npm install`. The TypeScript
// scripts and tests use it through scripts/processes.ts, so that there is one answer to "is the build stale?".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..");

/** What `npm run build` reads: a change to any of these makes the build stale. */
export const buildSources = [
  "app",
  "client",
  "components",
  "content",
  "lib",
  "public",
  // The build's own steps: generated files, our script's bundling, the framework's removal from the pages.
  "scripts/build.ts",
  "scripts/generate.ts",
  "scripts/build-client.ts",
  "scripts/postbuild.ts",
  "scripts/strip-framework-runtime.ts",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package.json",
  "package-lock.json",
];

export const buildIdFile = path.join(projectRoot, ".next", "BUILD_ID");
/** Written by the build (scripts/generate.ts): among other things, the day it was made for (lib/http/site-manifest.ts). */
const manifestFile = path.join(projectRoot, "lib", "generated", "site-manifest.json");
export const standaloneServer = path.join(projectRoot, ".next", "standalone", "server.js");

function newestMtime(entry) {
  const full = path.join(projectRoot, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .reduce((newest, dirent) => Math.max(newest, fs.statSync(path.join(dirent.parentPath, dirent.name)).mtimeMs), 0);
}

/** Today in `timeZone` as YYYY-MM-DD, or POLICY_TODAY when set: the same rule as lib/policy/timeline.ts buildDate. */
export function policyToday(timeZone, env = process.env, now = new Date()) {
  if (env.POLICY_TODAY) return env.POLICY_TODAY;
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Why a build made for `builtFor` (the manifest's record) no longer shows the right version on `today`: an upcoming
 * version has taken effect since, or the build was made as of a later day (POLICY_TODAY). Undefined when it does.
 */
export function versionChange(builtFor, today) {
  if (builtFor.nextChange !== null && today >= builtFor.nextChange) return `the version of ${builtFor.nextChange} has taken effect since the last build`;
  if (today < builtFor.today) return `the last build was made as of ${builtFor.today}, after ${today}`;
  return undefined;
}

function builtForRecord() {
  try {
    return JSON.parse(fs.readFileSync(manifestFile, "utf8")).builtFor;
  } catch {
    return undefined;
  }
}

/**
 * Why the build has to be made before serving: "missing", the first source changed since it was made, or a version
 * that has taken effect since; undefined when it is up to date.
 */
export function staleBuild() {
  const builtAt = fs.existsSync(buildIdFile) && fs.existsSync(standaloneServer) ? fs.statSync(buildIdFile).mtimeMs : 0;
  const builtFor = builtForRecord();
  if (builtAt === 0 || !builtFor) return "missing";
  return buildSources.find((entry) => newestMtime(entry) > builtAt) ?? versionChange(builtFor, policyToday(builtFor.timeZone));
}

/**
 * Runs `npm run build`, its output on this terminal, when the build is missing or stale. Returns the exit code of
 * the build, 0 when none was needed.
 */
export function buildIfStale(label = "") {
  const stale = staleBuild();
  if (stale === undefined) return 0;
  const reason = stale === "missing" ? "No production build yet: building…" : buildSources.includes(stale) ? `${stale} changed since the last build: rebuilding…` : `${stale}: rebuilding…`;
  console.log(`${label}${reason}`);
  const build = spawnSync("npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit" });
  return build.status ?? 1;
}
