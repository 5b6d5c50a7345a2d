import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { headerRules } from "./lib/http/headers";

export default function nextConfig(phase: string): NextConfig {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    // A self-contained server in .next/standalone; scripts/postbuild.ts copies in what it serves from disk.
    output: "standalone",
    // Only lib/policy reads content/, and only while building: the server needs none of it (the pages are prerendered,
    // the proxy's facts bundled into it), so none of it is traced into the standalone folder.
    outputFileTracingExcludes: { "*": ["content/**"] },
    // proxy.ts makes the redirects (`/` → /privacy, trailing slashes, letter case, section numbers), so that they
    // carry the security headers: see lib/http/redirects.ts.
    skipTrailingSlashRedirect: true,
    // `npm run typecheck` (tsc over the whole project, tests included) runs in `npm test`; the build does not repeat it.
    typescript: { ignoreBuildErrors: true },
    // Every response header, from the route table (lib/http).
    headers: async () => headerRules({ development }),
  };
}
