// Child processes for the scripts (bench, load, size, lighthouse, screenshots) and the tests: started in their own
// process group so that stopping one also stops what it started (npm start → next), always on 127.0.0.1, and never
// waited for without a deadline. Every script and test that starts a server gets it from here.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Like the rest of the project, run from the project root (npm scripts, vitest and Playwright all do).
export const projectRoot = process.cwd();

export interface Managed {
  readonly name: string;
  readonly child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr), for error messages. */
  output(): string;
  /** What it printed on stderr alone. */
  errorOutput(): string;
  /** Resolves with the exit code once the process has exited, whatever the way (null: killed by a signal). */
  readonly exited: Promise<number | null>;
  /** SIGTERM to its process group, SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

const running = new Set<Managed>();

export interface StartOptions extends Omit<SpawnOptions, "detached" | "stdio"> {
  /** Called with everything the process prints, as it prints it. */
  onOutput?: (text: string) => void;
}

export function startProcess(name: string, command: string, args: string[], options: StartOptions = {}): Managed {
  const { onOutput, ...spawnOptions } = options;
  const child = spawn(command, args, { ...spawnOptions, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  let errorLog = "";
  const keep = (chunk: Buffer) => {
    onOutput?.(chunk.toString());
    // A bounded tail is enough to explain a failure.
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", (chunk: Buffer) => {
    keep(chunk);
    errorLog = (errorLog + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    child.on("exit", (code) => resolve(code));
    child.on("error", (error) => {
      keep(Buffer.from(String(error)));
      resolve(null);
    });
  });
  const managed: Managed = {
    name,
    child,
    exited,
    output: () => log,
    errorOutput: () => errorLog,
    async stop(graceMs = 5_000) {
      running.delete(managed);
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  running.add(managed);
  return managed;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Waits for a process that ends by itself (a build, wrk); stops it after `timeoutMs`. Resolves with its exit code. */
export async function finished(managed: Managed, timeoutMs: number): Promise<number | null> {
  const timer = setTimeout(() => void managed.stop(), timeoutMs);
  const code = await managed.exited;
  clearTimeout(timer);
  running.delete(managed);
  return code;
}

/** Stops every process started here and not stopped yet. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((managed) => managed.stop()));
}

const exitCleanups = new Set<() => void>();

/** Registers synchronous cleanup (e.g. removing a temporary folder) for killAllNow; returns its unregistration. */
export function atExit(cleanup: () => void): () => void {
  exitCleanups.add(cleanup);
  return () => exitCleanups.delete(cleanup);
}

/** For `process.on("exit")`, where nothing asynchronous runs any more: kills what is left, then cleans up. */
export function killAllNow(): void {
  for (const managed of running) signalGroup(managed.child, "SIGKILL");
  running.clear();
  for (const cleanup of exitCleanups) cleanup();
  exitCleanups.clear();
}

/** Where `command` is on PATH, or undefined. */
export function onPath(command: string): string | undefined {
  const which = spawnSync("sh", ["-c", 'command -v "$0"', command], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

/** Waits until `url` answers (any status), failing early when `managed` exits and after `timeoutMs`. */
export async function waitForHttp(url: string, managed: Managed, timeoutMs: number): Promise<void> {
  let exited = false;
  void managed.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${managed.name} exited before answering on ${url}:\n${managed.output()}`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${managed.name} did not answer on ${url} within ${timeoutMs / 1000} s:\n${managed.output()}`);
}

// build-state.mjs stays JavaScript so that `npm start` needs nothing but node. It is loaded with import() of its
// absolute URL: Playwright's loader rewrites a static import of it into a require(), which Node refuses for .mjs,
// and tsx cannot resolve a relative import() from a .ts file that an .mts script imports.
const buildState = (): Promise<typeof import("./build-state.mjs")> =>
  import(pathToFileURL(path.join(projectRoot, "scripts", "build-state.mjs")).href);

/** Why the production build must be made before serving ("missing", or a source changed since), or undefined. */
export async function staleBuild(): Promise<string | undefined> {
  return (await buildState()).staleBuild();
}

/** Runs `npm run build` (output on this terminal) when the build is missing or stale, exactly as `npm start` would. */
export async function buildIfStale(label = ""): Promise<void> {
  const code = (await buildState()).buildIfStale(label);
  if (code !== 0) throw new Error(`npm run build failed (exit code ${code})`);
}

/**
 * The production server exactly as `npm start` runs it (scripts/start.mjs: builds first when the build is missing
 * or stale, then the standalone server), on 127.0.0.1:`port`. Resolves once it answers.
 */
export async function startSite(port: number, onOutput?: (text: string) => void): Promise<Managed> {
  const server = startProcess("npm start", process.execPath, [path.join(projectRoot, "scripts", "start.mjs")], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    onOutput,
  });
  // Generous: a stale build is rebuilt first.
  await waitForHttp(`http://127.0.0.1:${port}/privacy`, server, 600_000);
  return server;
}

/**
 * The standalone server that `npm start` runs, started directly (no build, no start.mjs in between), so that its
 * process is the server itself, e.g. to measure its memory. On 127.0.0.1:`port`; resolves once it answers.
 */
export async function startStandalone(port: number, options: { cwd?: string; onOutput?: (text: string) => void } = {}): Promise<Managed> {
  const { standaloneServer } = await buildState();
  if (!fs.existsSync(standaloneServer)) throw new Error(`${standaloneServer} is missing: run \`npm run build\` first.`);
  const server = startProcess("standalone server", process.execPath, [standaloneServer], {
    cwd: options.cwd ?? projectRoot,
    // server.js reads HOSTNAME, which shells often set to the machine's name.
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    onOutput: options.onOutput,
  });
  await waitForHttp(`http://127.0.0.1:${port}/privacy`, server, 60_000);
  return server;
}

/** Resident memory of the process itself (not its group) in MiB, from /proc, or `ps` where there is none. */
export function rssMiB(managed: Managed): number {
  const pid = managed.child.pid;
  if (pid === undefined) return Number.NaN;
  try {
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    if (kib !== undefined) return Number(kib) / 1024;
  } catch {
    // No /proc: ask ps.
  }
  return Number(spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim()) / 1024;
}

const clockTicks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/**
 * CPU time (user + system, in seconds) used so far by the live processes of `managed`'s process group, from
 * /proc; undefined where there is no /proc. Unlike requests/s, CPU per request hardly depends on what else the
 * machine is doing.
 */
export function groupCpuSeconds(managed: Managed): number | undefined {
  const group = managed.child.pid;
  if (group === undefined || !fs.existsSync("/proc/self/stat")) return undefined;
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // The fields after "(command)": state, ppid, pgrp, …, utime (12th), stime (13th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / clockTicks;
}

/**
 * Runs a script's main() and exits with the code it returns. On Ctrl-C, SIGTERM or an error, every process the
 * script started is stopped first, so nothing is left listening.
 */
export function runScript(main: () => Promise<number>): void {
  let interrupted = false;
  process.on("exit", killAllNow);
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.on(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: stopping everything this script started …`);
      void stopAll().finally(() => process.exit(code));
    });
  }
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      // Once interrupted, what fails is only what the signal handler is stopping.
      if (interrupted) return;
      // fetch() says only "fetch failed"; the reason is in its cause.
      console.error(error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : error);
      void stopAll().finally(() => process.exit(1));
    },
  );
}
