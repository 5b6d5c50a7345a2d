// The byte budget: compressed size of a page's HTML, CSS and JavaScript as served. The pages ship no framework
// runtime, so every byte of JavaScript is ours (client/, one file).
import zlib from "node:zlib";

/** 1 kB = 1000 bytes: the stricter reading of "KB". */
export const KB = 1000;
export const budget = { jsGzip: 4 * KB, htmlGzip: 6 * KB };

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

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const row = (label: string, sizes: Sizes) =>
  `  ${label.padEnd(60)}${kb(sizes.raw).padStart(11)}${kb(sizes.gzip).padStart(11)}${kb(sizes.brotli).padStart(11)}`;

export interface BudgetReport {
  lines: string[];
  ok: boolean;
}

export function budgetReport(page: PageSizes): BudgetReport {
  const js = total(page.js);
  const htmlOk = page.html.gzip <= budget.htmlGzip;
  const jsOk = js.gzip <= budget.jsGzip;
  const lines = [
    `Byte budget for ${page.url} (gzip -9 and brotli q11 via node:zlib; 1 kB = 1000 bytes)`,
    `  ${"".padEnd(60)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`,
    row(`HTML ${page.html.url}`, page.html),
    row(`CSS, ${page.css.length} file(s)`, total(page.css)),
    ...page.css.map((asset) => row(`  ${asset.url}`, asset)),
    row(`JavaScript, ${page.js.length} file(s)`, js),
    ...page.js.map((asset) => row(`  ${asset.url}`, asset)),
    `  HTML ≤ ${kb(budget.htmlGzip)} gzip: ${htmlOk ? "OK" : "OVER"} (${kb(page.html.gzip)})`,
    `  JavaScript ≤ ${kb(budget.jsGzip)} gzip in all: ${jsOk ? "OK" : "OVER"} (${kb(js.gzip)})`,
  ];
  return { lines, ok: htmlOk && jsOk };
}
