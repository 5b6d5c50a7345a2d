/**
 * Cache-Control of every page and data route (everything outside /_next/, whose hashed files Next already marks
 * immutable for a year).
 *
 * Pages are prerendered and change only on deploy. Browsers keep nothing fresh (max-age=0) and revalidate with the
 * ETag, so a reader always gets the current policy for the price of a 304. Shared caches (the nginx config in
 * deploy/, a CDN) serve a page for an hour without asking, then up to a day more while they refresh it in the
 * background, or while the origin is down. A deploy purges them (README, "Deploy"), so the hour only bounds how
 * stale a page can be when a purge is forgotten. Without this, Next sends `s-maxage=31536000`.
 * `must-revalidate` is left out on purpose: it would forbid shared caches from serving stale copies at all.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400";
