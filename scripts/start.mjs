// `npm start`: builds the production site when the build is missing or older than its sources, then serves it with
// the standalone server (.next/standalone/server.js, what a deploy runs) on PORT (default 3000). HOST, when set,
// restricts the address it listens on (e.g. HOST=127.0.0.1); by default it listens on all addresses.
import { spawn } from "node:child_process";
import os from "node:os";
import { buildIfStale, projectRoot, standaloneServer } from "./build-state.mjs";

const built = buildIfStale();
if (built !== 0) process.exit(built);

// server.js reads HOSTNAME, which shells and containers often set to the machine's name: always set it here.
const env = { ...process.env, PORT: process.env.PORT || "3000", HOSTNAME: process.env.HOST || "0.0.0.0" };
const child = spawn(process.execPath, [standaloneServer], { cwd: projectRoot, env, stdio: "inherit" });
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
