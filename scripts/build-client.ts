// Builds the site's only script (client/site.ts) with esbuild: minified, one file named by its content hash,
// public/assets/site.<hash>.js, described for the pages in lib/generated/site-script.json.
//
//   tsx scripts/build-client.ts           build once
//   tsx scripts/build-client.ts --watch   rebuild on every change to client/ (for `npm run dev`)
//
// Deterministic: the output depends only on the sources and on esbuild, pinned to an exact version in
// package.json; no timestamps, paths, source maps or comments go into it. Same sources, same bytes, same name.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { type BuildOptions, type Plugin, build, context } from "esbuild";
import { ASSETS_PATH, SITE_SCRIPT_PREFIX } from "../lib/http/routes";

export interface ClientScript {
  /** The public URL, e.g. /assets/site.0123456789.js */
  src: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundledScript extends ClientScript {
  code: Uint8Array;
  hash: string;
}

const OUTPUT = /^site\.[0-9a-f]{10}\.js$/;

function options(root: string): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: ["client/site.ts"],
    tsconfig: "client/tsconfig.json",
    bundle: true,
    minify: true,
    format: "iife",
    // Syntax newer than ES2017 (?., ??, catch without binding…) is rewritten; ES2017 runs on the TV browsers still
    // in use (Tizen 4+, webOS 4+, Safari 11+). The sources use no library method newer than ES2017: checked by
    // client/tsconfig.json (lib ES2017 + DOM). Its "strict" also makes esbuild start the file with "use strict",
    // which old Chromium needs for `let` in a classic script.
    target: "es2017",
    sourcemap: false,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  };
}

/** Names and measures a bundle: sha256 of the exact bytes served, gzip at level 9 as nginx's static gzip would. */
function describe(code: Uint8Array): BundledScript {
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 10);
  const gzipBytes = zlib.gzipSync(code, { level: 9 }).length;
  return { code, hash, src: `${SITE_SCRIPT_PREFIX}${hash}.js`, bytes: code.length, gzipBytes };
}

/** Bundles client/site.ts in memory, without writing anything (what the budget test uses). */
export async function bundleClientScript(root = process.cwd()): Promise<BundledScript> {
  const result = await build(options(root));
  const file = result.outputFiles?.[0];
  if (!file) throw new Error("esbuild produced no output for client/site.ts");
  return describe(file.contents);
}

/** Writes only when the content changed, so that watchers (next dev) see no change when there is none. */
function writeIfChanged(file: string, content: Uint8Array | string): void {
  const next = typeof content === "string" ? Buffer.from(content) : Buffer.from(content);
  if (fs.existsSync(file) && fs.readFileSync(file).equals(next)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
}

/**
 * Publishes a bundle: the new file first, then the JSON naming it, and only then are older site.*.js removed, so
 * that a running server never points at a file that is not there yet, or no longer.
 */
function publish(root: string, script: BundledScript): ClientScript {
  // public/ is served at the site's root: the route table's assets path is a folder of it.
  const assets = path.join(root, "public", ...ASSETS_PATH.split("/").filter(Boolean));
  const name = path.basename(script.src);
  writeIfChanged(path.join(assets, name), script.code);
  const { src, bytes, gzipBytes } = script;
  const described: ClientScript = { src, bytes, gzipBytes };
  writeIfChanged(path.join(root, "lib", "generated", "site-script.json"), `${JSON.stringify(described, null, 2)}\n`);
  for (const old of fs.readdirSync(assets)) {
    if (OUTPUT.test(old) && old !== name) fs.rmSync(path.join(assets, old));
  }
  return described;
}

/** Builds and publishes the script once; returns what lib/generated/site-script.json now says. */
export async function buildClientScript(root = process.cwd()): Promise<ClientScript> {
  return publish(root, await bundleClientScript(root));
}

/** Rebuilds and republishes on every change to the sources, until the process ends. */
export async function watchClientScript(root = process.cwd(), log: (line: string) => void = console.log): Promise<void> {
  const publishing: Plugin = {
    name: "publish",
    setup(pluginBuild) {
      pluginBuild.onEnd((result) => {
        const file = result.outputFiles?.[0];
        if (result.errors.length > 0 || !file) {
          log(`client script: build failed, keeping the previous one\n${result.errors.map((error) => `  ${error.text}`).join("\n")}`);
          return;
        }
        const script = publish(root, describe(file.contents));
        log(`client script: ${script.src} (${script.gzipBytes} bytes gzip)`);
      });
    },
  };
  const ctx = await context({ ...options(root), plugins: [publishing] });
  await ctx.watch();
}

function summary(script: ClientScript): string {
  return `Wrote public${script.src}: ${script.bytes} bytes, ${script.gzipBytes} bytes gzip`;
}

// Run directly (tsx scripts/build-client.ts), not when imported by a test or another script.
if (process.argv[1] !== undefined && /build-client\.ts$/.test(process.argv[1])) {
  const run = process.argv.includes("--watch") ? watchClientScript() : buildClientScript().then((script) => console.log(summary(script)));
  run.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
