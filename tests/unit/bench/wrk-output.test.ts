import { describe, expect, it } from "vitest";
import { parseWrk } from "@/scripts/wrk";

const report = `Running 10s test @ http://127.0.0.1:3321/privacy
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.52ms    2.10ms  40.12ms   94.12%
    Req/Sec    21.40k     2.01k   25.10k    70.00%
  Latency Distribution
     50%  850.00us
     75%    1.41ms
     90%    2.87ms
     99%   10.53ms
  425811 requests in 10.00s, 10.21GB read
Requests/sec:  42575.64
Transfer/sec:      1.02GB
`;

describe("parseWrk", () => {
  it("reads requests/s and the p50 and p99 latencies, in milliseconds whatever wrk's unit", () => {
    expect(parseWrk(report)).toMatchObject({ requestsPerSecond: 42575.64, p50Ms: 0.85, p99Ms: 10.53, requests: 425811, errors: 0, timeouts: 0 });
  });

  it("reads the maximum latency, the duration and the bytes read per second", () => {
    const result = parseWrk(report);
    expect(result.maxMs).toBeCloseTo(40.12);
    expect(result.durationSeconds).toBe(10);
    expect(result.transferPerSecond).toBeCloseTo(1.02 * 1024 ** 3);
    expect(result.statuses).toBeUndefined();
  });

  it("converts seconds", () => {
    const slow = report.replace("99%   10.53ms", "99%    1.58s ");
    expect(parseWrk(slow).p99Ms).toBe(1580);
  });

  it("counts non-2xx/3xx responses and socket errors as errors, and timeouts apart", () => {
    const failing = report.replace(
      "Requests/sec:",
      "  Socket errors: connect 1, read 2, write 0, timeout 3\n  Non-2xx or 3xx responses: 5\nRequests/sec:",
    );
    expect(parseWrk(failing)).toMatchObject({ errors: 8, non2xxOr3xx: 5, socketErrors: 3, timeouts: 3 });
  });

  it("reads the counts by status that scripts/wrk-statuses.lua prints", () => {
    const counted = `${report}Responses with status 200: 425800\nResponses with status 301: 11\n`;
    expect(parseWrk(counted).statuses).toEqual(
      new Map([
        [200, 425800],
        [301, 11],
      ]),
    );
  });

  it("refuses output without latency percentiles", () => {
    expect(() => parseWrk(report.replace(/ {5}50%.*\n/, ""))).toThrow(/--latency/);
  });
});
