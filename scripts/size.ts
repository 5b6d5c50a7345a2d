// `npm run size`: the byte budget of /privacy on its own (`npm run bench` reports it too). Starts the production
// server as `npm start` does, on 127.0.0.1:SIZE_PORT (default 3324), and exits non-zero when over budget.
import { budgetReport, measurePage } from "./byte-budget";
import { runScript, startSite } from "./processes";

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
  const report = budgetReport(page);
  console.log(`\n${report.lines.join("\n")}`);
  return report.ok ? 0 : 1;
}

runScript(main);
