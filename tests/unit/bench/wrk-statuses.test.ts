import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findWrk, runWrk } from "@/scripts/wrk";

// `npm run load` trusts scripts/wrk-statuses.lua to count every answer by status: wrk itself lets 3xx pass.
const wrk = findWrk();
let server: http.Server | undefined;
let origin = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    response.statusCode = request.url === "/moved" ? 301 : 200;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe.skipIf(!wrk)("wrk with scripts/wrk-statuses.lua", () => {
  const options = { threads: 2, connections: 4, durationSeconds: 1, countStatuses: true };

  it("counts every response by status, across wrk's threads", async () => {
    const result = await runWrk(wrk ?? "wrk", `${origin}/`, options);
    expect(result.requests).toBeGreaterThan(0);
    expect(result.statuses).toEqual(new Map([[200, result.requests]]));
  });

  it("sees redirects, which wrk's own count lets pass", async () => {
    const result = await runWrk(wrk ?? "wrk", `${origin}/moved`, options);
    expect(result.non2xxOr3xx).toBe(0);
    expect(result.statuses?.get(301)).toBe(result.requests);
  });
});
