import type { NextConfig } from "next";
import { dataRouteHeaderRules } from "./lib/apps/data-route-headers";
import { securityHeaderRules } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts makes the redirects (`/` → /privacy, trailing slashes, section URLs), so that they carry the security
  // headers: Next's own redirects get none of headers(). See lib/canonical-path.ts.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [
      ...dataRouteHeaderRules(),
      // Security headers for every response; proxy.ts adds each page's own CSP (lib/security, SECURITY.md).
      ...securityHeaderRules(),
    ];
  },
};

export default nextConfig;
