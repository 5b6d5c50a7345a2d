// `tsx scripts/fixture-site.ts --content tests/fixtures/versioned-content --today 2026-12-01 --port 3101`: serves the
// production site built from other content as of another day, for the browser tests (playwright.config.ts starts
// one per day it tests). The main build (.next) is never touched: the site is built in a copy of the project,
// .sites/<content folder>-<today>/, with the given folder as its content/, then served by that copy's own
// `npm start` (scripts/start.mjs), which builds only when the copy changed since its last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { projectRoot } from "./processes";

/** Where the copies live, inside the project (gitignored): Next only builds a project whose node_modules is its own. */
export const SITES_DIR = ".sites";
/** In each copy: the files it was last given and the node_modules it links, so the next run knows what to change. */
export const MANIFEST_FILE = ".fixture-site.json";

export type FixtureSiteOptions = { content: string; today: string; port: number };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The command line, checked; throws with a message that says how to fix it. */
export function parseFixtureSiteArgs(args: readonly string[]): FixtureSiteOptions {
  const usage = "usage: tsx scripts/fixture-site.ts --content DIR --today YYYY-MM-DD --port PORT";
  let values: { content?: string; today?: string; port?: string };
  try {
    ({ values } = parseArgs({ args: [...args], options: { content: { type: "string" }, today: { type: "string" }, port: { type: "string" } } }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)} — ${usage}`);
  }
  const { content, today, port } = values;
  if (!content) throw new Error(`--content is missing: the folder to use as content/ — ${usage}`);
  if (!today || !ISO_DATE.test(today) || Number.isNaN(Date.parse(today))) {
    throw new Error(`--today ${today ?? "is missing"}: give the day to build the site as of, YYYY-MM-DD — ${usage}`);
  }
  const portNumber = Number(port);
  if (!port || !Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65_535) {
    throw new Error(`--port ${port ?? "is missing"}: give the port to serve on, 1–65535 — ${usage}`);
  }
  return { content, today, port: portNumber };
}

/** The copy's folder name: one per content folder and day, so that each day keeps its own build. */
export function siteFolderName(contentDir: string, today: string): string {
  return `${path.basename(path.resolve(contentDir))}-${today}`;
}

/** Project files the copy takes: not the real content (replaced), the tests (not built) or the copies themselves. */
export function isCopiedProjectFile(relativePath: string): boolean {
  const top = relativePath.split("/")[0];
  return top !== "content" && top !== "tests" && top !== SITES_DIR && top !== "node_modules";
}

/**
 * A matcher for the simple .gitignore the project has (for when git is unavailable): blank lines and comments are
 * skipped; `dir/` names a folder, `*` matches within a name, a pattern without "/" matches a name at any depth, one
 * with "/" at its start or middle is relative to the project root. Negation (`!`) and `**` are not needed here and not supported.
 */
export function gitignoreMatcher(text: string): (relativePath: string) => boolean {
  const toRegExp = (glob: string) => glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*");
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("!"))
    .map((line) => {
      const directory = line.endsWith("/");
      const pattern = line.replace(/^\/|\/$/g, "");
      // As in git: a slash at the start or in the middle (not only at the end) ties the pattern to the root.
      const anchored = line.startsWith("/") || pattern.includes("/");
      // A folder pattern matches everything inside; a file pattern also matches a folder of that name.
      return new RegExp(`${anchored ? "^" : "(^|/)"}${toRegExp(pattern)}${directory ? "/" : "(/|$)"}`);
    });
  return (relativePath) => rules.some((rule) => rule.test(relativePath));
}

/** Files of the last run that this run does not give the copy any more: they are deleted from it. */
export function filesToRemove(previous: readonly string[], current: Iterable<string>): string[] {
  const keep = new Set(current);
  return previous.filter((file) => !keep.has(file)).sort();
}

/** Whether a change to `relativePath` makes the build stale (scripts/build-state.mjs buildSources). */
export function isBuildSource(relativePath: string, buildSources: readonly string[]): boolean {
  return buildSources.some((source) => relativePath === source || relativePath.startsWith(`${source}/`));
}

type Manifest = { files: string[]; nodeModules: string };

// build-state.mjs is loaded by the URL of the project's own copy, as scripts/processes.ts does and for the same
// reasons (a static import of .mjs breaks under some loaders).
async function buildSourcesOf(root: string): Promise<readonly string[]> {
  const state = (await import(pathToFileURL(path.join(root, "scripts", "build-state.mjs")).href)) as typeof import("./build-state.mjs");
  return state.buildSources;
}

/** Every file below `dir`, as paths relative to it with "/". */
function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * The project's files as the working tree has them: what git tracks plus new files it does not ignore yet (work in
 * progress is what is being tested). Without git: the build's sources (build-state.mjs), the scripts and the
 * TypeScript setup, minus what .gitignore lists (generated files, which the copy's own build makes).
 */
async function projectFiles(root: string): Promise<string[]> {
  const git = spawnSync("git", ["-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  let listed: string[];
  if (git.status === 0) {
    listed = git.stdout.split("\0").filter((file) => file !== "");
  } else {
    const ignorePath = path.join(root, ".gitignore");
    const ignored = gitignoreMatcher(fs.existsSync(ignorePath) ? fs.readFileSync(ignorePath, "utf8") : "");
    const entries = [...(await buildSourcesOf(root)), "scripts", "tsconfig.json"];
    listed = entries.flatMap((entry) => {
      const full = path.join(root, entry);
      if (!fs.existsSync(full)) return [];
      return fs.statSync(full).isDirectory() ? walk(full).map((file) => `${entry}/${file}`) : [entry];
    });
    listed = listed.filter((file) => !ignored(file));
    // Next writes it and .gitignore lists it, but the TypeScript setup refers to it.
    if (fs.existsSync(path.join(root, "next-env.d.ts"))) listed.push("next-env.d.ts");
  }
  // A tracked file deleted in the working tree is still listed by git until the deletion is staged.
  return [...new Set(listed)].filter((file) => isCopiedProjectFile(file) && fs.existsSync(path.join(root, file)));
}

/** Makes `to` hold what `from` holds; true when it had to be written. Same bytes: left alone, so its mtime stays. */
function copyIfChanged(from: string, to: string): boolean {
  const source = fs.lstatSync(from);
  const target = fs.lstatSync(to, { throwIfNoEntry: false });
  if (source.isSymbolicLink()) {
    const link = fs.readlinkSync(from);
    if (target?.isSymbolicLink() && fs.readlinkSync(to) === link) return false;
    if (target) fs.rmSync(to, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.symlinkSync(link, to);
    return true;
  }
  if (target?.isFile() && target.size === source.size && fs.readFileSync(from).equals(fs.readFileSync(to))) return false;
  if (target) fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
  return true;
}

/** Removes a file, then the folders it leaves empty, up to (not including) `root`. */
function removeFile(root: string, relativePath: string): void {
  fs.rmSync(path.join(root, relativePath), { force: true });
  for (let dir = path.dirname(path.join(root, relativePath)); dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
    if (fs.readdirSync(dir).length > 0) break;
    fs.rmdirSync(dir);
  }
}

/** What the installed packages are: the lock, and npm's record of what it actually installed. */
function nodeModulesStamp(root: string): string {
  const hash = createHash("sha256");
  for (const file of ["package-lock.json", "node_modules/.package-lock.json"]) {
    const full = path.join(root, file);
    hash.update(fs.existsSync(full) ? fs.readFileSync(full) : Buffer.alloc(0)).update("\0");
  }
  return hash.digest("hex");
}

function readManifest(site: string): Manifest | undefined {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(path.join(site, MANIFEST_FILE), "utf8"));
    if (typeof value !== "object" || value === null || !("files" in value) || !("nodeModules" in value)) return undefined;
    const { files, nodeModules } = value;
    if (!Array.isArray(files) || !files.every((file) => typeof file === "string") || typeof nodeModules !== "string") return undefined;
    return { files, nodeModules };
  } catch {
    return undefined;
  }
}

/**
 * Brings the copy in `site` up to date with the project and the content folder. Returns what it did, for the log.
 * Only changed files are written, so that the copy's `npm start` rebuilds only when something it builds from changed.
 */
export async function syncSite(root: string, contentDir: string, site: string): Promise<{ written: number; removed: number; linked: boolean }> {
  if (!fs.existsSync(path.join(contentDir, "policy.yaml"))) throw new Error(`${contentDir} is not a content folder: it has no policy.yaml`);
  fs.mkdirSync(site, { recursive: true });
  const previous = readManifest(site);

  // Target path in the copy → source path.
  const sources = new Map<string, string>();
  for (const file of await projectFiles(root)) sources.set(file, path.join(root, file));
  for (const file of walk(contentDir)) sources.set(`content/${file}`, path.join(contentDir, file));

  let written = 0;
  for (const [target, source] of sources) if (copyIfChanged(source, path.join(site, target))) written += 1;
  const removed = filesToRemove(previous?.files ?? [], sources.keys());
  for (const file of removed) removeFile(site, file);
  // Deleting a file leaves nothing newer than the build behind, so build-state.mjs would not see it: drop the
  // copy's build marker instead, which makes its `npm start` build again.
  const buildSources = await buildSourcesOf(site);
  if (removed.some((file) => isBuildSource(file, buildSources))) fs.rmSync(path.join(site, ".next", "BUILD_ID"), { force: true });

  // Next refuses a node_modules that links out of the project, but takes a hard-linked copy: made in about a
  // second on the same filesystem, using no space. Made again only when the installed packages change.
  const stamp = nodeModulesStamp(root);
  const modules = path.join(site, "node_modules");
  const linked = previous?.nodeModules !== stamp || !fs.existsSync(modules);
  if (linked) {
    fs.rmSync(modules, { recursive: true, force: true });
    const copy = spawnSync("cp", ["-al", path.join(root, "node_modules"), modules], { stdio: "inherit" });
    if (copy.status !== 0) throw new Error(`cp -al node_modules failed (exit code ${copy.status ?? copy.signal})`);
  }

  // Next takes the nearest git repository as the edge of the workspace; without one here it would look up past the
  // copy, find the project's package-lock.json, build the project's root instead and put the server in
  // .next/standalone/.sites/…/. An empty .git folder marks the copy as its own workspace (git ignores it: not a repository).
  fs.mkdirSync(path.join(site, ".git"), { recursive: true });

  const manifest: Manifest = { files: [...sources.keys()].sort(), nodeModules: stamp };
  fs.writeFileSync(path.join(site, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { written, removed: removed.length, linked };
}

/**
 * Runs the copy's `npm start` (its scripts/start.mjs) in this process: it builds the copy when stale, serves it,
 * passes stops on to the server and exits by itself. It finds the copy from its own location, not from the cwd.
 */
async function serve(site: string, { today, port }: FixtureSiteOptions): Promise<void> {
  Object.assign(process.env, { POLICY_TODAY: today, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" });
  await import(pathToFileURL(path.join(site, "scripts", "start.mjs")).href);
}

/** The exit code when it fails; undefined once the site is being served (start.mjs then ends the process). */
async function main(): Promise<number | undefined> {
  let options: FixtureSiteOptions;
  try {
    options = parseFixtureSiteArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`fixture-site: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const contentDir = path.resolve(projectRoot, options.content);
  const site = path.join(projectRoot, SITES_DIR, siteFolderName(contentDir, options.today));
  const { written, removed, linked } = await syncSite(projectRoot, contentDir, site);
  const relativeSite = path.relative(projectRoot, site);
  console.log(
    `fixture-site: http://127.0.0.1:${options.port} serves ${path.relative(projectRoot, contentDir)} as of ${options.today}, ` +
      `built in ${relativeSite} (${written} file${written === 1 ? "" : "s"} updated, ${removed} removed${linked ? ", node_modules linked" : ""})`,
  );
  await serve(site, options);
  return undefined;
}

// Run directly (tsx scripts/fixture-site.ts), not when a test imports it.
if (process.argv[1]?.endsWith("fixture-site.ts")) {
  main().then(
    (code) => {
      if (code !== undefined) process.exit(code);
    },
    (error: unknown) => {
      console.error(`fixture-site: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
