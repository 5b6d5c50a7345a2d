import type { NextResponse } from "next/server";
import { readCspManifest } from "./csp-manifest";
import { type PageSecurityHeaderLookup, pageSecurityHeaderLookup } from "./page-security-headers";

let lookup: PageSecurityHeaderLookup | undefined;

/** Read once per server process: a running production build never changes under it. */
function pageHeaders(pathname: string) {
  if (!lookup) {
    const development = process.env.NODE_ENV !== "production";
    const read = readCspManifest(process.cwd());
    if ("problem" in read && !development) {
      console.error(`proxy.ts: ${read.problem}. Until then pages get no script hash: their scripts are blocked (the text stays readable).`);
    }
    lookup = pageSecurityHeaderLookup("manifest" in read ? read.manifest : null, development);
  }
  return lookup(pathname);
}

/**
 * Sets the page's own Content-Security-Policy (its inline scripts' hashes) and X-Frame-Options on whatever the
 * proxy answers, pages passed through to Next included. The headers common to every response come from
 * next.config.ts (lib/security/security-headers.ts); a header set here replaces the one from there.
 */
export function withPageSecurityHeaders<T extends Response | NextResponse>(pathname: string, response: T): T {
  for (const [name, value] of Object.entries(pageHeaders(pathname))) response.headers.set(name, value);
  return response;
}
