import type { NextConfig } from "next";
import { dataRouteHeaderRules } from "./lib/apps/data-route-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return dataRouteHeaderRules();
  },
  async redirects() {
    return [{ source: "/", destination: "/privacy", permanent: true }];
  },
};

export default nextConfig;
