// The load tool, wrk-driven (scripts/wrk.ts), in two modes.
//
// `npm run bench`: how close the site gets to the limit of this machine. Three servers of the same /privacy HTML,
// measured one after the other with the same wrk settings:
//   1. the production server (`npm start`: the standalone server.js);
//   2. nginx serving the prerendered HTML as a plain static file: the limit;
//   3. the production server behind the shipped cache (deploy/nginx-site.conf.template).
// Then the byte budget (as `npm run size`). Everything listens on 127.0.0.1 and is stopped on exit or Ctrl-C.
// The machines this runs on are shared: one long run per server would compare a quiet minute with a busy one. So
// the servers take turns for several rounds; each figure is the server's median round, and each ratio the median
// of its per-round ratios to the static limit.
// Settings (environment): BENCH_DURATION (s per run, 5), BENCH_ROUNDS (5), BENCH_WARMUP (s, 3),
// BENCH_CONNECTIONS (64), BENCH_THREADS (2), BENCH_PORT (3320; the next three ports are used too).
//
// `npm run load` (`bench.ts load`): how the production server holds up. Starts the standalone server that
// `npm start` runs (building first when the build is missing or stale) on a free port of 127.0.0.1, holds 50
// connections open against /privacy for 30 s, and reports requests, requests/s, latency, errors, timeouts, non-2xx
// answers and the server's memory (RSS) before and after. Fails when any request errs or times out or answers other
// than 2xx. Not part of `npm test`: it takes half a minute of full load.
// Settings (environment): LOAD_PATH (/privacy), LOAD_CONNECTIONS (50), LOAD_SECONDS (30).
import fs from "node:fs";
import path from "node:path";
import { budgetReport, measurePage } from "./byte-budget";
import { cacheServerBody, findNginx, installHint, makeNginxDir, removeDir, startNginx, staticServerBody } from "./nginx";
import {
  atExit,
  buildIfStale,
  freePort,
  groupCpuSeconds,
  projectRoot,
  rssMiB,
  runScript,
  startSite,
  startStandalone,
  stopAll,
  type Managed,
} from "./processes";
import { findWrk, runWrk, wrkInstallHint, type WrkOptions, type WrkResult } from "./wrk";

const pagePath = "/privacy";
const goal = 0.8;

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${process.env[name]}"`);
  return value;
}

const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

interface Target {
  label: string;
  url: string;
  /** The processes that serve it, whose CPU time is measured. */
  server: Managed;
  rounds: WrkResult[];
  /** Server CPU microseconds per request, per round. */
  cpu: number[];
}

/** The round with the median requests/s (the lower middle one for an even count). */
function medianRound(rounds: WrkResult[]): WrkResult | undefined {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function expectSameBody(label: string, url: string, expected: Buffer, headerCheck?: (response: Response) => string | undefined) {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${label}: GET ${url} answered ${response.status}`);
  if (!body.equals(expected)) throw new Error(`${label}: GET ${url} is not the prerendered HTML (${body.length} bytes)`);
  const problem = headerCheck?.(response);
  if (problem) throw new Error(`${label}: ${problem}`);
}

async function bench(): Promise<number> {
  const wrkOptions: WrkOptions = {
    threads: setting("BENCH_THREADS", 2),
    connections: setting("BENCH_CONNECTIONS", 64),
    durationSeconds: setting("BENCH_DURATION", 5),
  };
  const rounds = Math.round(setting("BENCH_ROUNDS", 5));
  const warmupSeconds = setting("BENCH_WARMUP", 3);
  const basePort = setting("BENCH_PORT", 3320);

  const wrk = findWrk();
  const nginx = findNginx();
  if (!wrk || !nginx) {
    console.error(`npm run bench needs ${[!wrk && "wrk", !nginx && "nginx"].filter(Boolean).join(" and ")}. ${installHint}`);
    return 2;
  }

  log(`starting the production server (npm start, builds first when needed) on 127.0.0.1:${basePort} …`);
  const siteUrl = `http://127.0.0.1:${basePort}`;
  const site = await startSite(basePort, (text) => process.stdout.write(text.replace(/^(?=.)/gm, "    │ ")));

  // Where Next.js 16 writes the prerendered HTML of an app route.
  const prerendered = path.join(projectRoot, ".next", "server", "app", "privacy.html");
  const html = fs.readFileSync(prerendered);
  await expectSameBody("npm start", `${siteUrl}${pagePath}`, html);

  // Before the load: sizes do not depend on it, and a server just out of a benchmark may still be catching up.
  log("byte budget: measuring /privacy …");
  const page = await measurePage(`${siteUrl}${pagePath}`);

  const staticDir = makeNginxDir("bench-static");
  atExit(() => removeDir(staticDir));
  const staticFile = path.join(staticDir, "privacy.html");
  fs.copyFileSync(prerendered, staticFile);
  fs.chmodSync(staticFile, 0o644);
  const staticPort = basePort + 1;
  log(`starting nginx: ${path.relative(projectRoot, prerendered)} as a static file on 127.0.0.1:${staticPort} …`);
  const staticServer = await startNginx(staticDir, staticPort, staticServerBody(staticPort, pagePath, staticFile), pagePath);
  await expectSameBody("static nginx", `${staticServer.url}${pagePath}`, html);

  const cacheDir = makeNginxDir("bench-cache");
  atExit(() => removeDir(cacheDir));
  const cachePort = basePort + 2;
  log(`starting nginx: deploy/nginx-site.conf.template on 127.0.0.1:${cachePort}, in front of ${siteUrl} …`);
  const cacheServer = await startNginx(cacheDir, cachePort, cacheServerBody(cacheDir, cachePort, `127.0.0.1:${basePort}`));
  await expectSameBody("cache", `${cacheServer.url}${pagePath}`, html);
  await expectSameBody("cache", `${cacheServer.url}${pagePath}`, html, (response) => {
    const status = response.headers.get("x-cache-status");
    return status === "HIT" ? undefined : `a second request should be a cache HIT, was ${status}`;
  });

  const targets: Target[] = [
    { label: "npm start", url: `${siteUrl}${pagePath}`, server: site, rounds: [], cpu: [] },
    { label: "nginx static file (the limit)", url: `${staticServer.url}${pagePath}`, server: staticServer.process, rounds: [], cpu: [] },
    { label: "npm start behind deploy/ nginx cache", url: `${cacheServer.url}${pagePath}`, server: cacheServer.process, rounds: [], cpu: [] },
  ];
  const { threads, connections, durationSeconds } = wrkOptions;
  log(`wrk: ${threads} threads, ${connections} connections; ${warmupSeconds} s warm-up each, then ${rounds} rounds of ${durationSeconds} s each`);
  for (const target of targets) {
    log(`${target.label}: warming up …`);
    await runWrk(wrk, target.url, { ...wrkOptions, durationSeconds: warmupSeconds });
  }
  for (let round = 1; round <= rounds; round += 1) {
    // The static limit and the cache run back to back, swapping places every round, so a busy moment on the
    // machine weighs on both alike.
    const order = round % 2 === 1 ? targets : [targets[0], targets[2], targets[1]];
    for (const target of order) {
      if (!target) continue;
      const cpuBefore = groupCpuSeconds(target.server);
      const result = await runWrk(wrk, target.url, wrkOptions);
      const cpuAfter = groupCpuSeconds(target.server);
      target.rounds.push(result);
      if (cpuBefore !== undefined && cpuAfter !== undefined) target.cpu.push(((cpuAfter - cpuBefore) * 1e6) / result.requests);
      log(`round ${round}/${rounds}, ${target.label}: ${Math.round(result.requestsPerSecond)} requests/s`);
    }
  }
  await Promise.all([staticServer.stop(), cacheServer.stop()]);

  const budget = budgetReport(page);
  await stopAll();

  const results = targets.map((target) => ({ ...target, result: medianRound(target.rounds) }));
  const staticRounds = targets[1]?.rounds ?? [];
  // Each round's figure over the static limit's in the same round, then the median of those.
  const ratio = (target: Target) =>
    median(target.rounds.map((result, index) => result.requestsPerSecond / (staticRounds[index]?.requestsPerSecond ?? Number.NaN)));
  const behindCache = targets[2] ? ratio(targets[2]) : Number.NaN;
  const ms = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`);
  console.log(
    `\nGET ${pagePath} (${html.length} bytes), wrk -t${threads} -c${connections} -d${durationSeconds}s --latency; median of ${rounds} rounds`,
  );
  console.log(
    `  ${"server".padEnd(40)}${"requests/s".padStart(12)}${"p50".padStart(11)}${"p99".padStart(11)}${"× static".padStart(11)}${"CPU/request".padStart(14)}`,
  );
  for (const target of results) {
    const { label, result } = target;
    if (!result) continue;
    const cpu = target.cpu.length > 0 ? `${median(target.cpu).toFixed(1)} µs` : "n/a";
    console.log(
      `  ${label.padEnd(40)}${Math.round(result.requestsPerSecond).toLocaleString("en").padStart(12)}${ms(result.p50Ms).padStart(11)}${ms(result.p99Ms).padStart(11)}${`${ratio(target).toFixed(2)}×`.padStart(11)}${cpu.padStart(14)}`,
    );
  }
  console.log("  × static: median over the rounds of requests/s over the static limit's in the same round.");
  console.log("  CPU/request: CPU time of the server's processes (not wrk's) per request, median over the rounds.");
  console.log(`  behind the shipped cache: ${behindCache.toFixed(2)} × the static limit (goal ≥ ${goal}): ${behindCache >= goal ? "met" : "NOT met"}`);
  for (const { label, rounds: runs } of targets) {
    const timeouts = runs.reduce((sum, run) => sum + run.timeouts, 0);
    if (timeouts > 0) console.log(`  ${label}: ${timeouts} requests got no answer within wrk's timeout (10 s).`);
  }
  console.log(`\n${budget.lines.join("\n")}`);

  const failedRuns = targets.filter((target) => target.rounds.some((round) => round.errors > 0));
  for (const target of failedRuns) {
    const failed = target.rounds.find((round) => round.errors > 0);
    console.error(`\n${target.label}: some requests failed, so the figures are not comparable. wrk said:\n${failed?.output ?? ""}`);
  }
  if (!budget.ok) console.error("\nOver the byte budget.");
  return failedRuns.length > 0 || !budget.ok ? 1 : 0;
}

async function load(): Promise<number> {
  const target = process.env.LOAD_PATH || "/privacy";
  const connections = Math.round(setting("LOAD_CONNECTIONS", 50));
  const seconds = setting("LOAD_SECONDS", 30);
  const wrk = findWrk();
  if (!wrk) {
    console.error(`npm run load needs wrk. ${wrkInstallHint}`);
    return 2;
  }
  await buildIfStale("load: ");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${target}`;
  // The server itself, not npm start's wrapper around it: its process is the one whose memory is measured.
  const server = await startStandalone(port);
  let failed = true;
  try {
    // A few requests first, so that "before" is the server ready to serve, not the server just started.
    for (let index = 0; index < 20; index += 1) {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 200 || response.status > 299) throw new Error(`load: GET ${url} answered ${response.status}, not 2xx`);
    }
    const before = rssMiB(server);
    console.log(`load: ${connections} connections for ${seconds} s against ${url} (server pid ${server.child.pid}, RSS ${before.toFixed(1)} MiB)…`);
    const result = await runWrk(wrk, url, { threads: Math.min(2, connections), connections, durationSeconds: seconds, countStatuses: true });
    const after = rssMiB(server);
    const statuses = [...(result.statuses ?? new Map<number, number>())];
    const count = (wanted: (status: number) => boolean) => statuses.reduce((sum, [status, n]) => sum + (wanted(status) ? n : 0), 0);
    const ok = count((status) => status >= 200 && status <= 299);
    // Without the status counts (wrk did not run the script), fall back to wrk's own count, which lets 3xx pass.
    const non2xx = result.statuses ? count((status) => status < 200 || status > 299) : result.non2xxOr3xx;
    const others = statuses.filter(([status]) => status < 200 || status > 299).map(([status, n]) => `${n} × ${status}`);
    const rows: [string, string][] = [
      ["requests", `${result.requests} in ${result.durationSeconds.toFixed(1)} s`],
      ["requests/s", `${result.requestsPerSecond.toFixed(0)} average`],
      ["latency", `p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, max ${result.maxMs.toFixed(2)} ms`],
      ["throughput", `${(result.transferPerSecond / 1024 / 1024).toFixed(1)} MiB/s`],
      ["2xx", String(ok)],
      ["non-2xx", `${non2xx}${others.length > 0 ? ` (${others.join(", ")})` : ""}`],
      ["errors", `${result.socketErrors} (connect, read or write)`],
      ["timeouts", `${result.timeouts} (no answer within 10 s)`],
      ["server RSS", `${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after`],
    ];
    for (const [name, value] of rows) console.log(`  ${name.padEnd(11)} ${value}`);
    failed = result.socketErrors > 0 || result.timeouts > 0 || non2xx > 0 || result.statuses === undefined;
    if (failed) console.error("load: FAILED — every request must succeed with a 2xx");
    else console.log("load: OK — no errors, no timeouts, every answer 2xx");
  } finally {
    const code = await server.stop(10_000);
    console.log(`load: server stopped (exit code ${code})`);
    if (server.errorOutput()) console.error(`load: the server wrote to stderr:\n${server.errorOutput()}`);
  }
  return failed ? 1 : 0;
}

const modes: Record<string, () => Promise<number>> = { bench, load };
const mode = process.argv[2] ?? "bench";
const run = modes[mode];
if (run) runScript(run);
else {
  console.error(`Unknown mode "${mode}": ${Object.keys(modes).join(" or ")}.`);
  process.exit(2);
}
