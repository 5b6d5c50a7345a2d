// After `next build` (the "postbuild" script): hashes every inline script of every prerendered page into
// .next/csp-hashes.json, which proxy.ts reads to give each page a Content-Security-Policy that allows exactly its
// own inline scripts. Fails when a page has inline code that no such policy can allow (inline styles, handlers).
import fs from "node:fs";
import path from "node:path";
import { buildCspManifest } from "../lib/security/build-csp-manifest";
import { CSP_MANIFEST_FILE } from "../lib/security/csp-manifest";

const root = process.cwd();
// Where Next 16 writes prerendered App Router pages, the 404 (_not-found.html) and the embed view included.
const appDir = path.join(root, ".next", "server", "app");

if (!fs.existsSync(appDir)) {
  console.error(`csp-hashes: ${path.relative(root, appDir)} does not exist — run \`next build\` first`);
  process.exit(1);
}

const pages = fs
  .readdirSync(appDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
  .map((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return { file: path.relative(appDir, full), html: fs.readFileSync(full, "utf8") };
  });

const { manifest, problems } = buildCspManifest(pages);
if (problems.length > 0) {
  for (const problem of problems) console.error(`csp-hashes: ${problem}`);
  process.exit(1);
}

const json = `${JSON.stringify(manifest, null, 2)}\n`;
fs.writeFileSync(path.join(root, CSP_MANIFEST_FILE), json);
// A standalone build (output: "standalone") runs from .next/standalone, with its own .next/ beside server.js.
const standalone = path.join(root, ".next", "standalone");
if (fs.existsSync(standalone)) fs.writeFileSync(path.join(standalone, CSP_MANIFEST_FILE), json);

const counts = Object.values(manifest.routes).map((hashes) => hashes.length);
console.log(
  `csp-hashes: ${counts.length} pages, ${Math.min(...counts)}–${Math.max(...counts)} inline scripts each → ${CSP_MANIFEST_FILE}`,
);
