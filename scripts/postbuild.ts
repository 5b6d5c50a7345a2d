// Runs after `next build` (npm's postbuild): takes the framework's runtime out of every prerendered page, so that
// what a visitor gets is the page and our one script (README, "Why the pages ship no framework JavaScript"), then
// completes the standalone folder.
//
// Each step is small and named, and adds its part to the one summary line; add a step by appending to `steps`.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { FrameworkRuntimeError, stripFrameworkRuntime } from "./strip-framework-runtime";

type Build = {
  root: string;
  /** .next */
  distDir: string;
  /** .next/standalone: what `node .next/standalone/server.js` (npm start, a deploy) runs from. */
  standaloneDir: string;
  /**
   * Every directory Next serves prerendered pages from: .next/server (next start) and the standalone server's own
   * copy of it, which `next build` has already written by the time this runs, so both need the transform.
   */
  serverDirs: string[];
};

type Step = { name: string; run: (build: Build) => string };

class PostbuildError extends Error {}

/**
 * Next's built-in 500 page: styled inline and not changeable from the app. Its inline styles are blocked by the
 * CSP and its sentence still reads; it is never served in practice (the hostile-input tests see no 5xx).
 */
const NEXT_ERROR_PAGES = new Set(["_global-error.html", "500.html"]);

function filesUnder(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The HTML route paths Next prerendered as App Router pages (those with an .rsc data route), from its own manifest. */
function prerenderedPages(build: Build): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(build.distDir, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, { dataRoute?: string | null }>;
  };
  return Object.entries(manifest.routes)
    .filter(([, route]) => route.dataRoute?.endsWith(".rsc"))
    .map(([route]) => (route === "/" ? "/index" : route));
}

const checkStandalone: Step = {
  name: "check-standalone",
  run(build) {
    if (!fs.existsSync(path.join(build.standaloneDir, "server.js"))) {
      throw new PostbuildError(`${path.relative(build.root, build.standaloneDir)}/server.js is missing: is \`output: "standalone"\` still in next.config.ts?`);
    }
    for (const dir of build.serverDirs) {
      if (!fs.existsSync(path.join(dir, "app"))) throw new PostbuildError(`${path.relative(build.root, dir)}/app is missing: where does this Next.js version put its prerendered pages?`);
    }
    return "";
  },
};

const stripRuntime: Step = {
  name: "strip-framework-runtime",
  run(build) {
    const pages = prerenderedPages(build);
    let privacy: { before: Buffer; after: Buffer } | undefined;
    let count = 0;
    // The standalone copy holds the same pages byte for byte: a page stripped once is not stripped again.
    const stripped = new Map<string, { before: Buffer; after: Buffer }>();
    for (const serverDir of build.serverDirs) {
      // app/ and pages/ (404.html, 500.html) are written by `next build`. route-cache/ is normally written by the
      // server at run time, copying app/ on a page's first request; it exists here only if a server ran against
      // this build before postbuild finished, or a Next deployment adapter pre-populated it. Either way it is
      // served in preference to app/, so it is transformed too, never left with a copy that still has the runtime.
      const files = ["app", "pages", "route-cache"].flatMap((dir) => filesUnder(path.join(serverDir, dir), ".html"));
      const transformed = new Set<string>();
      for (const file of files) {
        const relative = path.relative(build.root, file);
        const inServerDir = path.relative(serverDir, file);
        const before = fs.readFileSync(file);
        const known = stripped.get(inServerDir);
        const after =
          known !== undefined && known.before.equals(before)
            ? known.after
            : Buffer.from(stripFrameworkRuntime(before.toString("utf8"), { file: relative, allowInlineStyles: NEXT_ERROR_PAGES.has(path.basename(file)) }), "utf8");
        if (known === undefined) stripped.set(inServerDir, { before, after });
        if (!after.equals(before)) fs.writeFileSync(file, after);
        transformed.add(inServerDir);
        count += 1;
        if (privacy === undefined && inServerDir === path.join("app", "privacy.html")) privacy = { before, after };
      }
      // Guards against Next moving its output: every page it says it prerendered must have been among the files.
      const missed = pages.filter((route) => !transformed.has(path.join("app", `${route.slice(1)}.html`)));
      if (missed.length > 0) {
        throw new PostbuildError(`${path.relative(build.root, serverDir)}: no HTML found for ${missed.join(", ")} — where does this Next.js version write prerendered pages?`);
      }
    }
    if (privacy === undefined) throw new PostbuildError("app/privacy.html was not among the pages");
    const gzip = (buffer: Buffer) => zlib.gzipSync(buffer).length;
    return (
      `${count} HTML files stripped of the framework runtime (${pages.length} prerendered pages, in ${build.serverDirs.length} server dirs); ` +
      `/privacy ${privacy.before.length} → ${privacy.after.length} B, gzip ${gzip(privacy.before)} → ${gzip(privacy.after)} B`
    );
  },
};

/**
 * Next leaves out of .next/standalone the files it expects a CDN to serve; copied in, so that the standalone server
 * serves the whole site. content/ is no longer copied: pages are prerendered and nothing reads it at run time.
 */
const copyIntoStandalone: Step = {
  name: "copy-into-standalone",
  run(build) {
    const copied: string[] = [];
    for (const [from, to] of [
      [path.join(build.distDir, "static"), path.join(build.standaloneDir, ".next", "static")],
      [path.join(build.root, "public"), path.join(build.standaloneDir, "public")],
    ] as const) {
      if (!fs.existsSync(from)) continue;
      // Replace rather than merge, so files deleted from the source do not linger from an earlier build.
      fs.rmSync(to, { recursive: true, force: true });
      fs.cpSync(from, to, { recursive: true });
      copied.push(path.relative(build.root, from));
    }
    return `${copied.join(", ") || "nothing"} copied into .next/standalone`;
  },
};

const steps: Step[] = [checkStandalone, stripRuntime, copyIntoStandalone];

function standaloneServerDir(root: string, distDir: string, standaloneDir: string): string {
  // The standalone tree mirrors the project's place under the tracing root (monorepos put it a level or more down).
  const required = JSON.parse(fs.readFileSync(path.join(distDir, "required-server-files.json"), "utf8")) as { relativeAppDir?: string };
  return path.join(standaloneDir, required.relativeAppDir ?? "", path.relative(root, distDir), "server");
}

function main() {
  const root = process.cwd();
  const distDir = path.join(root, ".next");
  const standaloneDir = path.join(distDir, "standalone");
  const build: Build = { root, distDir, standaloneDir, serverDirs: [path.join(distDir, "server"), standaloneServerDir(root, distDir, standaloneDir)] };
  const summary: string[] = [];
  for (const step of steps) {
    try {
      const result = step.run(build);
      if (result !== "") summary.push(result);
    } catch (error) {
      const message = error instanceof FrameworkRuntimeError || error instanceof PostbuildError ? error.message : String((error as Error)?.stack ?? error);
      console.error(`postbuild: step ${step.name} failed: ${message}`);
      process.exit(1);
    }
  }
  console.log(`postbuild: ${summary.join("; ")}`);
}

main();
