// `npm run start:standalone`: the deployable server, .next/standalone/server.js (see README, "Deploy"), with the
// same settings as `npm start`: PORT (default 3000) and HOST (default all addresses, e.g. HOST=127.0.0.1).
// server.js reads HOSTNAME, which shells and containers often set to the machine's name, so it is set here.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const server = path.join(process.cwd(), ".next", "standalone", "server.js");
if (!fs.existsSync(server)) {
  console.error("No standalone build yet: run `npm run build` first.");
  process.exit(1);
}

const env = { ...process.env, PORT: process.env.PORT || "3000", HOSTNAME: process.env.HOST || "0.0.0.0" };
const child = spawn(process.execPath, [server], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
