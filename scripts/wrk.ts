// The one load generator of the project: runs wrk and reads its report. `npm run bench` compares servers by
// requests/s and latency percentiles; `npm run load` holds the production server under load and checks every answer.
// wrk rather than a Node client: a client in Node tops out below what nginx serves here, and would measure itself.
import path from "node:path";
import { finished, onPath, projectRoot, startProcess } from "./processes";

export const wrkInstallHint = "Install it with: apt-get install -y wrk (as root, or with sudo)";

export interface WrkOptions {
  threads: number;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  timeoutSeconds?: number;
  /** Count the responses by status (scripts/wrk-statuses.lua). Costs wrk some speed: not for the benchmark. */
  countStatuses?: boolean;
}

export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  durationSeconds: number;
  /** Bytes read per second. */
  transferPerSecond: number;
  /** Responses outside 2xx/3xx, as wrk counts them. */
  non2xxOr3xx: number;
  /** Connect, read and write errors. */
  socketErrors: number;
  /** non2xxOr3xx + socketErrors: a run with any is not a fair measurement. */
  errors: number;
  /** Requests with no answer within the timeout: a server too slow for the load, not a broken one. */
  timeouts: number;
  /** With countStatuses: how many responses had each status. */
  statuses?: Map<number, number>;
  output: string;
}

export function findWrk(): string | undefined {
  return onPath("wrk");
}

export async function runWrk(wrk: string, url: string, options: WrkOptions): Promise<WrkResult> {
  const timeoutSeconds = options.timeoutSeconds ?? 10;
  const args = [
    `-t${options.threads}`,
    `-c${options.connections}`,
    `-d${options.durationSeconds}s`,
    "--latency",
    // wrk's default, 2 s, would drop the slowest answers from the latency figures and count them as errors.
    `--timeout=${timeoutSeconds}s`,
    ...(options.countStatuses ? ["-s", path.join(projectRoot, "scripts", "wrk-statuses.lua")] : []),
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    url,
  ];
  const run = startProcess("wrk", wrk, args);
  // wrk stops itself after the duration; the margin covers the last requests' timeout and a slow start.
  const code = await finished(run, (options.durationSeconds + timeoutSeconds + 30) * 1000);
  if (code !== 0) throw new Error(`wrk ${args.join(" ")} failed (exit ${code}):\n${run.output()}`);
  return parseWrk(run.output());
}

const timeUnits: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const byteUnits: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

/** A wrk time such as 850.00us, 1.58s or 1.00m, in milliseconds. */
function ms(value: string, unit: string): number {
  return Number(value) * (timeUnits[unit] ?? Number.NaN);
}

function latencyMs(text: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$`, "m").exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`wrk output has no ${percentile}% latency (was --latency given?)`);
  return ms(match[1], match[2]);
}

/** Reads the figures out of wrk's human-readable `--latency` report. */
export function parseWrk(output: string): WrkResult {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output)?.[1];
  const summary = /^\s*(\d+) requests in ([\d.]+)(us|ms|s|m|h), /m.exec(output);
  if (!rps || !summary?.[1] || !summary[2] || !summary[3]) throw new Error(`Unexpected wrk output:\n${output}`);
  const max = /^\s*Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s|m|h)\s/m.exec(output);
  const transfer = /^Transfer\/sec:\s+([\d.]+)(B|KB|MB|GB|TB)\s*$/m.exec(output);
  const non2xxOr3xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const [connect = 0, read = 0, write = 0, timeouts = 0] = socket ? socket.slice(1).map(Number) : [];
  const statusLines = [...output.matchAll(/^Responses with status (\d{3}): (\d+)$/gm)];
  return {
    requestsPerSecond: Number(rps),
    p50Ms: latencyMs(output, "50"),
    p99Ms: latencyMs(output, "99"),
    maxMs: max?.[1] && max[2] ? ms(max[1], max[2]) : Number.NaN,
    requests: Number(summary[1]),
    durationSeconds: ms(summary[2], summary[3]) / 1000,
    transferPerSecond: transfer?.[1] && transfer[2] ? Number(transfer[1]) * (byteUnits[transfer[2]] ?? Number.NaN) : Number.NaN,
    non2xxOr3xx,
    socketErrors: connect + read + write,
    errors: non2xxOr3xx + connect + read + write,
    timeouts,
    statuses: statusLines.length > 0 ? new Map(statusLines.map((match) => [Number(match[1]), Number(match[2])])) : undefined,
    output,
  };
}
