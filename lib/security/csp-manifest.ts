import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Written by scripts/csp-hashes.ts after `next build`, beside the build it describes (`next build` empties .next/). */
export const CSP_MANIFEST_FILE = path.join(".next", "csp-hashes.json");

/** The route of Next's prerendered 404 page: what any path that is not a page gets. */
export const NOT_FOUND_ROUTE = "/_not-found";

const hashSource = z.string().regex(/^'sha256-[A-Za-z0-9+/]{43}='$/);

export const cspManifestSchema = z.strictObject({
  /** Route path (/privacy, /privacy/cookies, /_not-found…) → the hash sources of that page's inline scripts. */
  routes: z.record(z.string().startsWith("/"), z.array(hashSource)),
});

export type CspManifest = z.infer<typeof cspManifestSchema>;

/**
 * The route a prerendered HTML file serves, from its path under .next/server/app: `privacy/cookies.html` →
 * `/privacy/cookies`, `index.html` → `/`, `_not-found.html` → `/_not-found`.
 */
export function routeOfHtmlFile(relativePath: string): string {
  const route = relativePath.split(path.sep).join("/").replace(/\.html$/, "");
  return route === "index" ? "/" : `/${route.replace(/\/index$/, "")}`;
}

/** The manifest of a build, or why there is none usable (missing, unreadable, or not what csp-hashes.ts writes). */
export function readCspManifest(projectDir: string): { manifest: CspManifest } | { problem: string } {
  const file = path.join(projectDir, CSP_MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return { problem: `${CSP_MANIFEST_FILE} is missing — build with \`npm run build\`, which writes it after \`next build\`` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: `${CSP_MANIFEST_FILE} is not valid JSON — rebuild with \`npm run build\`` };
  }
  const parsed = cspManifestSchema.safeParse(raw);
  if (!parsed.success) return { problem: `${CSP_MANIFEST_FILE} is not a CSP manifest — rebuild with \`npm run build\`` };
  return { manifest: parsed.data };
}
