// `npm run size`: the byte budget of /privacy on its own (`npm run bench` reports it too). Starts the production
// server as `npm start` does, on 127.0.0.1:SIZE_PORT (default 3324), and exits non-zero when over budget.
import { budgetReport, measureFloor, measurePage } from "./byte-budget";
import { killAllNow, startSite, stopAll } from "./processes";

const port = Number(process.env.SIZE_PORT || 3324);
const log = (line: string) => console.log(`[size] ${line}`);

async function main(): Promise<number> {
  log(`starting the production server (npm start) on 127.0.0.1:${port} …`);
  const site = await startSite(port);
  let page;
  try {
    log("measuring /privacy …");
    page = await measurePage(`http://127.0.0.1:${port}/privacy`);
  } finally {
    await site.stop();
  }
  const floor = await measureFloor(log, port + 1);
  const report = budgetReport(page, floor);
  console.log(`\n${report.lines.join("\n")}`);
  return report.ok ? 0 : 1;
}

let interrupted = false;
process.on("exit", killAllNow);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    void stopAll().finally(() => process.exit(130));
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
