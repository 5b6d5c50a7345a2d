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

/**
 * Why the build has to be made before serving: "missing", or the first source changed since it was made; undefined
 * when it is up to date.
 */
export function staleBuild() {
  const builtAt = fs.existsSync(buildIdFile) && fs.existsSync(standaloneServer) ? fs.statSync(buildIdFile).mtimeMs : 0;
  if (builtAt === 0) return "missing";
  return buildSources.find((entry) => newestMtime(entry) > builtAt);
}

/**
 * Runs `npm run build`, its output on this terminal, when the build is missing or stale. Returns the exit code of
 * the build, 0 when none was needed.
 */
export function buildIfStale(label = "") {
  const stale = staleBuild();
  if (stale === undefined) return 0;
  console.log(`${label}${stale === "missing" ? "No production build yet: building…" : `${stale} changed since the last build: rebuilding…`}`);
  const build = spawnSync("npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit" });
  return build.status ?? 1;
}
