import { expect, test } from "@playwright/test";
import { freePort, projectRoot, staleBuild, startProcess, waitForHttp } from "@/scripts/processes";

/**
 * `npm start` rebuilds when the build is older than its sources (scripts/start.mjs), which would replace the build
 * the other browser tests are using. npm test builds just before: if the build is stale all the same, stop here.
 */
async function expectFreshBuild() {
  const stale = await staleBuild();
  expect(stale, `the build is ${stale === "missing" ? "missing" : `older than ${stale}`}: run npm run build first`).toBeUndefined();
}

test.describe("shutting down", () => {
  test.describe.configure({ mode: "serial" });

  for (const [name, command, args] of [
    ["npm start", "npm", ["start", "--silent"]],
    ["node scripts/start.mjs", process.execPath, ["scripts/start.mjs"]],
  ] as const) {
    test(`${name} stops cleanly on SIGTERM: exit code 0 within 5 s, nothing on stderr`, async () => {
      test.setTimeout(90_000);
      await expectFreshBuild();
      const port = await freePort();
      // Its own process group (startProcess), so that whatever happens the test can end the server and every child.
      const server = startProcess(name, command, [...args], {
        cwd: projectRoot,
        env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
      });
      try {
        await waitForHttp(`http://127.0.0.1:${port}/privacy`, server, 60_000);
        expect(server.output(), "it served the existing build, without rebuilding").not.toMatch(/building/i);
        const started = Date.now();
        // To the started process alone, as a supervisor's would be.
        server.child.kill("SIGTERM");
        const code = await Promise.race([
          server.exited,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running 5 s after SIGTERM:\n${server.output()}`)), 5_000)),
        ]);
        expect({ code, signal: server.child.signalCode }).toEqual({ code: 0, signal: null });
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(server.errorOutput()).toBe("");
        await expect(fetch(`http://127.0.0.1:${port}/privacy`), "the port is closed").rejects.toThrow();
      } finally {
        // Cleans up after a failure: the clean case has nothing left to stop.
        await server.stop(0);
      }
    });
  }
});
