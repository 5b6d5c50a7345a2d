// `npm run load`: how the production server holds up. Starts it on 127.0.0.1 on a free port (building first if
// there is no build), holds 50 connections open against /privacy for 30 s with autocannon, and reports requests
// per second, latency, errors, non-2xx answers and the server's memory (RSS) before and after. Fails when any
// request errs or times out or answers other than 2xx. Not part of `npm test`: it takes half a minute of full load.
//
// LOAD_PATH, LOAD_CONNECTIONS and LOAD_SECONDS override the defaults.
import autocannon from "autocannon";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const root = process.cwd();
const target = process.env.LOAD_PATH || "/privacy";
const connections = Number(process.env.LOAD_CONNECTIONS || 50);
const seconds = Number(process.env.LOAD_SECONDS || 30);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** Resident memory of a process in MiB, from /proc (Linux), or `ps` elsewhere. */
function rssMiB(pid: number): number {
  try {
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    if (kib !== undefined) return Number(kib) / 1024;
  } catch {
    // Not Linux: ask ps.
  }
  return Number(spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim()) / 1024;
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

function stop(server: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve(server.exitCode);
    const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
    server.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    server.kill("SIGTERM");
  });
}

const standaloneServer = path.join(root, ".next", "standalone", "server.js");
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(standaloneServer)) {
  console.log("load: no production build yet: building…");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await freePort();
const url = `http://127.0.0.1:${port}${target}`;
// The standalone server that `npm start` runs, started directly (not through npm or scripts/start.mjs): its process
// is the one whose memory is measured.
const server = spawn(process.execPath, [standaloneServer], {
  cwd: root,
  env: { ...process.env, HOSTNAME: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
});
const pid = server.pid;
if (pid === undefined) throw new Error("the server did not start");

let failed = true;
try {
  await waitUntilServing(url, server);
  // A few requests first, so that "before" is the server ready to serve, not the server just started.
  for (let index = 0; index < 20; index += 1) await (await fetch(url)).arrayBuffer();
  const before = rssMiB(pid);
  console.log(`load: ${connections} connections for ${seconds} s against ${url} (server pid ${pid}, RSS ${before.toFixed(1)} MiB)…`);
  const result = await autocannon({ url, connections, duration: seconds });
  const after = rssMiB(pid);
  const rows: [string, string][] = [
    ["requests", `${result.requests.total} in ${result.duration.toFixed(1)} s`],
    ["requests/s", `${result.requests.average.toFixed(0)} average (min ${result.requests.min}, max ${result.requests.max})`],
    ["latency", `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`],
    ["throughput", `${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s`],
    ["2xx", String(result["2xx"])],
    ["non-2xx", String(result.non2xx)],
    ["errors", String(result.errors)],
    ["timeouts", String(result.timeouts)],
    ["server RSS", `${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after`],
  ];
  for (const [name, value] of rows) console.log(`  ${name.padEnd(11)} ${value}`);
  failed = result.errors > 0 || result.timeouts > 0 || result.non2xx > 0;
  if (failed) console.error("load: FAILED — every request must succeed with a 2xx");
  else console.log("load: OK — no errors, no timeouts, every answer 2xx");
} finally {
  const code = await stop(server);
  console.log(`load: server stopped (exit code ${code})`);
}
process.exit(failed ? 1 : 0);
