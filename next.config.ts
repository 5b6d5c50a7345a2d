import type { NextConfig } from "next";

// Pages are prerendered and change only on deploy. Browsers keep nothing fresh (max-age=0) and revalidate with
// the ETag `next start` sends, so a reader always gets the current policy for the price of a 304. Shared caches
// (the nginx config in deploy/, a CDN) serve a page for an hour without asking, then up to a day more while they
// refresh it in the background, or while the origin is down. A deploy purges them (README, "Deploy"), so the hour
// only bounds how stale a page can be when a purge is forgotten. Without this, Next sends `s-maxage=31536000`.
// `must-revalidate` is left out on purpose: it would forbid shared caches from serving stale copies at all.
const pageCacheControl = "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone; scripts/postbuild.mjs copies in what it serves from disk.
  output: "standalone",
  async redirects() {
    return [{ source: "/", destination: "/privacy", permanent: true }];
  },
  async headers() {
    // Everything but Next's own files: /_next/static is hashed and already immutable for a year.
    return [{ source: "/((?!_next/).*)", headers: [{ key: "Cache-Control", value: pageCacheControl }] }];
  },
};

export default nextConfig;
