import type { NextConfig } from "next";
import { dataRouteHeaderRules } from "./lib/apps/data-route-headers";
import { PAGE_CACHE_CONTROL } from "./lib/cache-control";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone; scripts/postbuild.mjs copies in what it serves from disk.
  output: "standalone",
  async headers() {
    return [
      // Everything but Next's own files: /_next/static is hashed and already immutable for a year.
      { source: "/((?!_next/).*)", headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }] },
      ...dataRouteHeaderRules(),
    ];
  },
  async redirects() {
    return [{ source: "/", destination: "/privacy", permanent: true }];
  },
};

export default nextConfig;
