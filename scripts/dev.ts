// `npm run dev`: the development server for editing. Checks the content and writes the generated files once
// (scripts/generate.ts), keeps our browser script rebuilt on every change to client/, then runs `next dev`, which
// re-reads content/ on every reload. Unlike the production build, its pages carry Next's development runtime.
import { spawn } from "node:child_process";
import { watchClientScript } from "./build-client";
import { generate } from "./generate";

async function main() {
  await generate();
  await watchClientScript();
  const next = spawn("npx", ["next", "dev", ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
}

void main();
