// `npm start`: builds the production site when the build is missing or older than its sources, then serves it with
// the standalone server (.next/standalone/server.js, what a deploy runs) on PORT (default 3000). HOST, when set,
// restricts the address it listens on (e.g. HOST=127.0.0.1); by default it listens on all addresses.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const server = path.join(root, ".next", "standalone", "server.js");
const sources = ["app", "components", "content", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json", "package-lock.json"];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .reduce((newest, dirent) => Math.max(newest, fs.statSync(path.join(dirent.parentPath, dirent.name)).mtimeMs), 0);
}

const builtAt = fs.existsSync(buildId) && fs.existsSync(server) ? fs.statSync(buildId).mtimeMs : 0;
const stale = sources.find((entry) => newestMtime(entry) > builtAt);
if (stale) {
  console.log(builtAt === 0 ? "No production build yet: building…" : `${stale} changed since the last build: rebuilding…`);
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// server.js reads HOSTNAME, which shells and containers often set to the machine's name: always set it here.
const env = { ...process.env, PORT: process.env.PORT || "3000", HOSTNAME: process.env.HOST || "0.0.0.0" };
const child = spawn(process.execPath, [server], { cwd: root, env, stdio: "inherit" });
// A stop that was asked for (SIGTERM from a supervisor, Ctrl-C) is passed on; once Next has closed the server and
// exits with 128 + the signal's number, as it does, that is a clean stop: exit 0, so that npm and supervisors see
// success. Any other end (a crash, a kill nobody asked for) keeps its code.
let stopping = null;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = signal;
    child.kill(signal);
  });
}
child.on("exit", (code, signal) => {
  const signalCode = signal ? 128 + os.constants.signals[signal] : code;
  process.exit(stopping && signalCode === 128 + os.constants.signals[stopping] ? 0 : (signalCode ?? 1));
});
