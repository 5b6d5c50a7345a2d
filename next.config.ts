import type { NextConfig } from "next";
import { dataRouteHeaderRules } from "./lib/apps/data-route-headers";
import { PAGE_CACHE_CONTROL } from "./lib/cache-control";
import { securityHeaderRules } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone; scripts/postbuild.mjs copies in what it serves from disk.
  output: "standalone",
  // proxy.ts makes the redirects (`/` → /privacy, trailing slashes, section URLs), so that they carry the security
  // headers: Next's own redirects get none of headers(). See lib/canonical-path.ts.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [
      // Everything but Next's own files: /_next/static is hashed and already immutable for a year.
      { source: "/((?!_next/).*)", headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }] },
      ...dataRouteHeaderRules(),
      // Security headers for every response; proxy.ts adds each page's own CSP (lib/security, SECURITY.md).
      ...securityHeaderRules(),
    ];
  },
};

export default nextConfig;
