// Runs wrk and reads its report: the benchmark compares servers by requests/s and latency percentiles.
import { spawnSync } from "node:child_process";
import { startProcess } from "./processes";

export interface WrkOptions {
  threads: number;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  timeoutSeconds?: number;
}

export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses outside 2xx/3xx and connect, read or write errors: a run with any is not a fair measurement. */
  errors: number;
  /** Requests with no answer within the timeout: a server too slow for the load, not a broken one. */
  timeouts: number;
  output: string;
}

export function findWrk(): string | undefined {
  const which = spawnSync("sh", ["-c", "command -v wrk"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

export async function runWrk(wrk: string, url: string, options: WrkOptions): Promise<WrkResult> {
  const args = [
    `-t${options.threads}`,
    `-c${options.connections}`,
    `-d${options.durationSeconds}s`,
    "--latency",
    // wrk's default, 2 s, would drop the slowest answers from the latency figures and count them as errors.
    `--timeout=${options.timeoutSeconds ?? 10}s`,
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    url,
  ];
  const run = startProcess("wrk", wrk, args);
  const code = await run.exited;
  if (code !== 0) throw new Error(`wrk ${args.join(" ")} failed (exit ${code}):\n${run.output()}`);
  return parseWrk(run.output());
}

const latencyUnits: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function latencyMs(text: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`wrk output has no ${percentile}% latency (was --latency given?)`);
  return Number(match[1]) * (latencyUnits[match[2]] ?? Number.NaN);
}

/** Reads the figures out of wrk's human-readable `--latency` report. */
export function parseWrk(output: string): WrkResult {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output)?.[1];
  const requests = /^\s*(\d+) requests in /m.exec(output)?.[1];
  if (!rps || !requests) throw new Error(`Unexpected wrk output:\n${output}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const [connect = 0, read = 0, write = 0, timeouts = 0] = socket ? socket.slice(1).map(Number) : [];
  return {
    requestsPerSecond: Number(rps),
    p50Ms: latencyMs(output, "50"),
    p99Ms: latencyMs(output, "99"),
    requests: Number(requests),
    errors: non2xx + connect + read + write,
    timeouts,
    output,
  };
}
