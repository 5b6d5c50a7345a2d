// `npm run bench:versions`: how the build grows with the number of versions of the policy. Makes, in scratch
// copies under .sites/ (scripts/fixture-site.ts), the real content with 1 version and with 20 (the real one, then 19
// generated: each rewords one clause, announced two weeks before it takes effect), builds each from cold as of the
// newest version's effective date, and prints the build time and the number of prerendered pages and files.
// The generated versions' PDFs are copies of the real one: printing 19 PDFs would time Chromium, not the build.
// Settings (environment): BENCH_VERSIONS (comma-separated counts, "1,20").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type ContentFile,
  contentFilePath,
  PDF_FILE,
  readContentFiles,
  readPdfFiles,
  VERSION_LOCK_FILE,
  versionDir,
  VERSIONS_DIR,
  writeContentBytes,
  writeContentFile,
} from "../lib/policy/files";
import { type VersionLock, versionLockSchema } from "../lib/policy/schema";
import { versionFileHashes } from "../lib/policy/version-lock";
import { SITES_DIR, syncSite } from "./fixture-site";
import { finished, projectRoot, runScript, startProcess } from "./processes";

const counts = (process.env.BENCH_VERSIONS ?? "1,20").split(",").map(Number);

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The real content with `count - 1` generated versions after its newest one; returns the files and the newest date. */
function contentWithVersions(count: number): { files: ContentFile[]; newest: string } {
  const { files } = readContentFiles(projectRoot);
  const lock: VersionLock = versionLockSchema.parse(JSON.parse(files.find((file) => file.path === VERSION_LOCK_FILE)?.text ?? "{}"));
  let previous = Object.keys(lock).sort().at(-1) ?? "";
  const realPdf = readPdfFiles(projectRoot).find((file) => file.path === `${versionDir(previous)}/${PDF_FILE}`);
  const all = [...files];
  for (let index = 1; index < count; index += 1) {
    const effective = addDays(previous, 30);
    const from = `${versionDir(previous)}/`;
    const sectionNumber = String((index % 10) + 1).padStart(2, "0");
    for (const file of all.filter((candidate) => candidate.path.startsWith(from))) {
      let text = file.text;
      const name = file.path.slice(from.length);
      if (name === "version.yaml") {
        text = `updated: ${effective}\nsummary: "Revision ${index}: rewords a clause of section ${Number(sectionNumber)}."\nsignificant: ${index % 3 === 0}\n`;
      } else if (name.startsWith(`sections/${sectionNumber}-`)) {
        // The first clause marker of the section: the words before it change, its id stays.
        text = text.replace(/^updated: .*$/m, `updated: ${effective}`).replace(/ \{#/, ` (revision ${index}) {#`);
      }
      all.push({ path: `${versionDir(effective)}/${name}`, text });
    }
    // Its PDF: the real version's, copied (main), so that the build measured is the build's, not Chromium's.
    lock[effective] = { announced: addDays(effective, -14), files: versionFileHashes(effective, all), ...(realPdf ? { pdf: realPdf.sha256 } : {}) };
    previous = effective;
  }
  const lockFile = { path: VERSION_LOCK_FILE, text: `${JSON.stringify(lock, null, 2)}\n` };
  return { files: [...all.filter((file) => file.path !== VERSION_LOCK_FILE), lockFile], newest: previous };
}

/** The real PDFs into the scratch content, and the newest real English one beside each generated version. */
function copyPdfs(scratch: string, newest: string): void {
  const pdfs = readPdfFiles(projectRoot);
  for (const pdf of pdfs) writeContentBytes(scratch, pdf.path, fs.readFileSync(contentFilePath(projectRoot, pdf.path)));
  const english = pdfs.filter((pdf) => pdf.path.startsWith(`${VERSIONS_DIR}/`)).at(-1);
  if (!english) return;
  const bytes = fs.readFileSync(contentFilePath(projectRoot, english.path));
  for (let date = english.path.split("/").at(-2) ?? newest; date < newest; ) {
    date = addDays(date, 30);
    writeContentBytes(scratch, `${versionDir(date)}/${PDF_FILE}`, bytes);
  }
}

function countFiles(dir: string, suffix: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).length;
}

async function main(): Promise<number> {
  const rows: { versions: number; seconds: number; pages: number; data: number }[] = [];
  for (const count of counts) {
    const { files, newest } = contentWithVersions(count);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-versions-"));
    for (const file of files) writeContentFile(scratch, file);
    copyPdfs(scratch, newest);
    const site = path.join(projectRoot, SITES_DIR, `bench-${count}-versions`);
    await syncSite(projectRoot, path.join(scratch, "content"), site);
    fs.rmSync(scratch, { recursive: true, force: true });
    // From cold: no build and no build cache.
    fs.rmSync(path.join(site, ".next"), { recursive: true, force: true });
    console.log(`bench:versions: building ${count} version${count === 1 ? "" : "s"} in ${path.relative(projectRoot, site)} as of ${newest} …`);
    const started = process.hrtime.bigint();
    const build = startProcess("npm run build", "npm", ["run", "build"], { cwd: site, env: { ...process.env, POLICY_TODAY: newest, NEXT_TELEMETRY_DISABLED: "1" } });
    const status = await finished(build, 15 * 60_000);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (status !== 0) {
      console.error(`bench:versions: npm run build in ${path.relative(projectRoot, site)} failed (exit code ${status ?? "none: stopped"}):\n${build.output().slice(-8000)}`);
      return 1;
    }
    const appDir = path.join(site, ".next", "server", "app");
    rows.push({ versions: count, seconds, pages: countFiles(appDir, ".html"), data: countFiles(appDir, ".body") });
  }
  const base = rows[0];
  console.log("\nversions  build (s)  ×first  prerendered HTML pages  other prerendered files (data, images)");
  for (const row of rows) {
    console.log(
      `${String(row.versions).padStart(8)}  ${row.seconds.toFixed(1).padStart(9)}  ${(base ? row.seconds / base.seconds : 1).toFixed(2).padStart(6)}  ${String(row.pages).padStart(22)}  ${String(row.data).padStart(8)}`,
    );
  }
  return 0;
}

runScript(main);
