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
    // proxy.ts sees the request's own URL: Next would otherwise give it http://localhost:PORT, and a rewrite to that
    // origin (the /fr/ 404 page) counts as another site where the server listens on one address (HOST=127.0.0.1).
    skipProxyUrlNormalize: true,
    // `npm run typecheck` (tsc over the whole project, tests included) runs in `npm test`; the build does not repeat it.
    typescript: { ignoreBuildErrors: true },
    // One root layout per language (app/(en), app/(fr)) leaves no layout above them all: the 404 page of an address
    // outside both is a document of its own, app/global-not-found.tsx.
    experimental: { globalNotFound: true },
    // Every response header, from the route table (lib/http).
    headers: async () => headerRules({ development }),
  };
}
