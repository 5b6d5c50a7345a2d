// The byte budget: compressed size of a page's HTML, CSS and JavaScript as served, and how much JavaScript the
// site adds to what an empty Next.js App Router page (same Next.js, same build, same run) ships anyway.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { atExit, freePort, projectRoot, startProcess, waitForHttp } from "./processes";

/** 1 kB = 1000 bytes: the stricter reading of "KB". */
export const KB = 1000;
export const budget = { ownJsGzip: 10 * KB, htmlGzip: 12 * KB };

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface AssetSize extends Sizes {
  url: string;
}

export interface PageSizes {
  url: string;
  html: AssetSize;
  css: AssetSize[];
  js: AssetSize[];
}

export function compressedSizes(body: Buffer): Sizes {
  return {
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

export function total(assets: Sizes[]): Sizes {
  return assets.reduce((sum, asset) => ({ raw: sum.raw + asset.raw, gzip: sum.gzip + asset.gzip, brotli: sum.brotli + asset.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find((value) => value !== undefined);
}

/** Every `<script src>` and `<link rel=stylesheet href>` of a page, in order, each once. */
export function referencedAssets(html: string): { css: string[]; js: string[] } {
  const js = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => attribute(match[0], "src")).filter((src) => src !== undefined);
  const css = [...html.matchAll(/<link\b[^>]*>/gi)]
    .filter((match) => (attribute(match[0], "rel") ?? "").toLowerCase().split(/\s+/).includes("stylesheet"))
    .map((match) => attribute(match[0], "href"))
    .filter((href) => href !== undefined);
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

async function fetchBody(url: string, attempts = 3): Promise<Buffer> {
  try {
    // identity: the sizes are computed here, the same way for every file, whatever the server would send.
    const response = await fetch(url, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    // fetch() fails with a TypeError when the connection does (e.g. a kept-alive one the server just closed):
    // that says nothing about sizes, so try again; an HTTP error status is final.
    if (!(error instanceof TypeError) || attempts <= 1) throw error;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return fetchBody(url, attempts - 1);
  }
}

export async function measurePage(pageUrl: string): Promise<PageSizes> {
  const html = await fetchBody(pageUrl);
  const { css, js } = referencedAssets(html.toString("utf8"));
  const measure = async (href: string): Promise<AssetSize> => {
    const url = new URL(href, pageUrl).href;
    return { url: new URL(url).pathname, ...compressedSizes(await fetchBody(url)) };
  };
  return {
    url: pageUrl,
    html: { url: new URL(pageUrl).pathname, ...compressedSizes(html) },
    css: await Promise.all(css.map(measure)),
    js: await Promise.all(js.map(measure)),
  };
}

/** The common ancestor of two absolute paths. */
function commonAncestor(a: string, b: string): string {
  const partsA = a.split(path.sep);
  const partsB = b.split(path.sep);
  const common: string[] = [];
  for (let index = 0; index < Math.min(partsA.length, partsB.length) && partsA[index] === partsB[index]; index += 1) {
    common.push(partsA[index] ?? "");
  }
  return common.join(path.sep) || path.sep;
}

/**
 * The floor: builds an empty App Router page with this project's own Next.js and React (node_modules symlinked
 * in), serves it with `next start` and measures it like the site.
 */
export async function measureFloor(log: (line: string) => void, port?: number): Promise<PageSizes> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-floor-"));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  const forget = atExit(removeDir);
  const next = path.join(projectRoot, "node_modules", ".bin", "next");
  try {
    const modules = fs.realpathSync(path.join(projectRoot, "node_modules"));
    fs.symlinkSync(modules, path.join(dir, "node_modules"), "dir");
    fs.mkdirSync(path.join(dir, "app"));
    fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "empty-next-app", private: true }, null, 2)}\n`);
    // Turbopack only reads files under its root, and node_modules here points outside the temporary folder.
    const root = commonAncestor(fs.realpathSync(dir), modules);
    fs.writeFileSync(
      path.join(dir, "next.config.mjs"),
      `export default { turbopack: { root: ${JSON.stringify(root)} }, outputFileTracingRoot: ${JSON.stringify(root)} };\n`,
    );
    fs.writeFileSync(
      path.join(dir, "app", "layout.tsx"),
      'import type { ReactNode } from "react";\n\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    );
    fs.writeFileSync(path.join(dir, "app", "page.tsx"), "export default function Page(){return <p>x</p>}\n");

    log(`building an empty Next.js app in ${dir} …`);
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    const build = startProcess("next build (empty app)", next, ["build"], { cwd: dir, env });
    const timer = setTimeout(() => void build.stop(), 600_000);
    const code = await build.exited;
    clearTimeout(timer);
    if (code !== 0) throw new Error(`Building the empty app failed:\n${build.output()}`);

    const floorPort = port ?? (await freePort());
    const server = startProcess("next start (empty app)", next, ["start", "--hostname", "127.0.0.1", "--port", String(floorPort)], {
      cwd: dir,
      env,
    });
    try {
      const url = `http://127.0.0.1:${floorPort}/`;
      await waitForHttp(url, server, 60_000);
      return await measurePage(url);
    } finally {
      await server.stop();
    }
  } finally {
    forget();
    removeDir();
  }
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const row = (label: string, sizes: Sizes) =>
  `  ${label.padEnd(60)}${kb(sizes.raw).padStart(11)}${kb(sizes.gzip).padStart(11)}${kb(sizes.brotli).padStart(11)}`;

export interface BudgetReport {
  lines: string[];
  ok: boolean;
}

export function budgetReport(page: PageSizes, floor: PageSizes): BudgetReport {
  const js = total(page.js);
  const floorJs = total(floor.js);
  const own: Sizes = { raw: js.raw - floorJs.raw, gzip: js.gzip - floorJs.gzip, brotli: js.brotli - floorJs.brotli };
  const htmlOk = page.html.gzip <= budget.htmlGzip;
  const jsOk = own.gzip <= budget.ownJsGzip;
  const lines = [
    `Byte budget for ${page.url} (gzip -9 and brotli q11 via node:zlib; 1 kB = 1000 bytes)`,
    `  ${"".padEnd(60)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`,
    row(`HTML ${page.html.url}`, page.html),
    row(`CSS, ${page.css.length} file(s)`, total(page.css)),
    ...page.css.map((asset) => row(`  ${asset.url}`, asset)),
    row(`JavaScript, ${page.js.length} file(s)`, js),
    ...page.js.map((asset) => row(`  ${asset.url}`, asset)),
    row(`Floor: JavaScript of an empty App Router page, ${floor.js.length} file(s)`, floorJs),
    row("Own JavaScript (site minus floor)", own),
    `  HTML ≤ ${kb(budget.htmlGzip)} gzip: ${htmlOk ? "OK" : "OVER"} (${kb(page.html.gzip)})`,
    `  own JavaScript ≤ ${kb(budget.ownJsGzip)} gzip above the floor: ${jsOk ? "OK" : "OVER"} (${kb(own.gzip)})`,
  ];
  return { lines, ok: htmlOk && jsOk };
}
