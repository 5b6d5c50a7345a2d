import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = process.cwd();

/** A port nothing listens on right now, on the loopback address. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/**
 * `npm start` rebuilds when the build is older than its sources (scripts/start.mjs), which would replace the build
 * the other browser tests are using. npm test builds just before: if the build is stale all the same, stop here.
 */
function expectFreshBuild() {
  const builtAt = fs.statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  const newest = (entry: string): number => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return 0;
    const stat = fs.statSync(full);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...fs.readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs));
  };
  for (const entry of ["app", "components", "content", "lib", "public", "next.config.ts", "package-lock.json", "proxy.ts", "instrumentation.ts"]) {
    expect(newest(entry), `${entry} changed after the last build: run npm run build first`).toBeLessThanOrEqual(builtAt);
  }
}

async function waitUntilServing(port: number, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/privacy`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not serving after 60 s:\n${output()}`);
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

test.describe("shutting down", () => {
  test.describe.configure({ mode: "serial" });

  for (const [name, command, args] of [
    ["npm start", "npm", ["start", "--silent"]],
    ["node scripts/start.mjs", process.execPath, ["scripts/start.mjs"]],
  ] as const) {
    test(`${name} stops cleanly on SIGTERM: exit code 0 within 5 s, nothing on stderr`, async () => {
      test.setTimeout(90_000);
      expectFreshBuild();
      const port = await freePort();
      let stdout = "";
      let stderr = "";
      const child = spawn(command, [...args], {
        cwd: root,
        env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group, so that whatever happens the test can end the server and every child of it.
        detached: true,
      });
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      try {
        await waitUntilServing(port, child, () => `${stdout}\n${stderr}`);
        expect(stdout, "it served the existing build, without rebuilding").not.toMatch(/building/i);
        const started = Date.now();
        child.kill("SIGTERM");
        const { code, signal } = await Promise.race([
          exited(child),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running 5 s after SIGTERM:\n${stdout}\n${stderr}`)), 5_000)),
        ]);
        expect({ code, signal }).toEqual({ code: 0, signal: null });
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(stderr).toBe("");
        await expect(fetch(`http://127.0.0.1:${port}/privacy`), "the port is closed").rejects.toThrow();
      } finally {
        // The SIGTERM above goes to the started process alone, as a supervisor's would; this cleans up after a failure.
        if (child.pid !== undefined) {
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {
            // The whole group is gone already: the clean case.
          }
        }
      }
    });
  }
});
