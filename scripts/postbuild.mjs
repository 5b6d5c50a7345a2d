// Runs after `next build` (npm's postbuild): Next.js leaves out of .next/standalone the files it expects a CDN or
// the platform to serve, so they are copied in here and `node .next/standalone/server.js` serves the whole site.
// content/ goes too: the pages are prerendered and need it only at build time, but code running per request
// (e.g. proxy.ts) may read it, and the trace Next.js makes of it can be partial.
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const standalone = path.join(root, ".next", "standalone");
if (!fs.existsSync(path.join(standalone, "server.js"))) {
  console.error("postbuild: .next/standalone/server.js is missing: is `output: \"standalone\"` still in next.config.ts?");
  process.exit(1);
}

const copies = [
  [".next/static", ".next/static"],
  ["public", "public"],
  ["content", "content"],
];
for (const [from, to] of copies) {
  const source = path.join(root, from);
  if (!fs.existsSync(source)) continue;
  const target = path.join(standalone, to);
  // Replace rather than merge, so files deleted from the source do not linger from an earlier build.
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true });
}
console.log(`postbuild: .next/standalone is complete (${copies.map(([from]) => from).filter((from) => fs.existsSync(path.join(root, from))).join(", ")} copied in)`);
