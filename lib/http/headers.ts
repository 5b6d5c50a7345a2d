import { dictionaryOf } from "../outputs/language";
import { ROUTES, sourcesOf } from "./routes";

export type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * Features the site never uses, all turned off for it and anything it could frame. Only names Chromium knows:
 * an unknown one makes it log an error on every page (the browser tests fail on any console error).
 * Not listed, so left to the browser's default (self only): clipboard-write, which the "Copy link" buttons use.
 */
const DISABLED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "gamepad",
  "geolocation",
  "gyroscope",
  "hid",
  "identity-credentials-get",
  "idle-detection",
  "local-fonts",
  "magnetometer",
  "microphone",
  "midi",
  "otp-credentials",
  "payment",
  "picture-in-picture",
  "publickey-credentials-create",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "storage-access",
  "usb",
  "xr-spatial-tracking",
] as const;

export const PERMISSIONS_POLICY = DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ");


/** Two years, with subdomains: the whole domain is HTTPS-only once a browser has seen it over HTTPS. */
const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Cache-Control of every page, data route and icon (everything outside /_next/, whose hashed files Next already
 * marks immutable for a year).
 *
 * Pages are prerendered and change only on deploy, and once a deploy is out nobody may be shown the text it replaced.
 * Browsers and apps' HTTP caches (private caches) therefore keep nothing fresh (max-age=0) and revalidate with the
 * ETag before every reuse, for the price of a 304. stale-while-revalidate and stale-if-error stay out of this header:
 * RFC 5861 lets every cache use them, and Chromium does for fetch() and other subresources, so an app would get the
 * previous /privacy.json once more (tests/e2e/private-cache.spec.ts). must-revalidate also denies private caches a
 * stale copy when offline or when the client asks for one (max-stale), and Chromium lets it override a
 * stale-while-revalidate. It takes nothing from shared caches: s-maxage already implies proxy-revalidate for them,
 * nginx ignores both, and a CDN that reads CDN-Cache-Control ignores this header.
 *
 * Shared caches (the nginx config in deploy/, a CDN) serve a page for an hour without asking (s-maxage). A deploy
 * purges them (README, "Deploy"), so the hour only bounds how stale a page can be when a purge is forgotten. Without
 * this, Next sends `s-maxage=31536000`.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=3600";
/**
 * Where shared caches get the stale allowances browsers must not have: CDN-Cache-Control (RFC 9213), which CDNs such
 * as Cloudflare, Fastly and Akamai read instead of Cache-Control and browsers ignore. The same hour as s-maxage, then
 * up to a day more serving the stale copy while refreshing it in the background or while the origin fails. nginx
 * reads no such header: deploy/nginx-site.conf.template states the same policy itself.
 *
 * Sent on the route table's addresses only, not on every path like Cache-Control: Next turns Cache-Control into
 * no-store on a 404 or an error but leaves this header as it is, and a CDN obeys this one, so it would keep the 404
 * of any made-up address for an hour. Header rules cannot see the status, so for a 404 that matches a route's pattern
 * (an unknown section id) or an error, the production server's HTTP guard takes the header off once the status is
 * known (http-guard.ts, keepErrorsFromSharedCaches).
 */
export const CDN_CACHE_CONTROL = "max-age=3600, stale-while-revalidate=86400, stale-if-error=86400";
/** Our script's name holds its content hash: a new version is a new address, so a copy may be kept for a year. */
export const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

export type CspOptions = {
  /** May other sites and apps show the page in a frame? Only the embed view may be. */
  framable: boolean;
  /**
   * `next dev` serves the React runtime: it evaluates modules with eval, injects inline scripts and styles, and
   * talks to its HMR server over a WebSocket. Relaxed there only, never in a production build.
   */
  development: boolean;
};

/**
 * The Content-Security-Policy, the same on every page but for frame-ancestors. The pages carry no inline script
 * (the build takes the framework's out, scripts/postbuild.ts), so no hash or nonce is needed:
 *
 * - default-src 'self': anything not named below comes from this site only;
 * - script-src 'self': our one script file; no 'unsafe-inline', no 'unsafe-eval': injected markup cannot run script;
 * - require-trusted-types-for 'script' with trusted-types 'none': no string can ever reach an HTML or script sink
 *   (innerHTML, eval…) in any script of the page — the strongest defence against DOM XSS; our script uses none;
 * - style-src 'self': the stylesheet is a file; the build fails if a page gets inline styles;
 * - img-src 'self': the icons; QR codes are inline SVG elements, no image at all;
 * - connect-src 'self': nothing is fetched; kept to 'self' rather than 'none' for the browser's own checks;
 * - object-src 'none', base-uri 'none', form-action 'none': no plugins, no <base> hijack, and no forms exist;
 * - frame-ancestors 'none', except the embed view, which apps and web apps frame (see SECURITY.md).
 *
 * upgrade-insecure-requests is left out: every subresource is a same-origin relative URL, so on HTTPS it is
 * HTTPS already (and HSTS keeps it there), while on plain http (local tests on 127.0.0.1) it would break them.
 */
export function contentSecurityPolicy({ framable, development }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    development ? ["script-src", "'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["script-src", "'self'"],
    development ? ["style-src", "'self'", "'unsafe-inline'"] : ["style-src", "'self'"],
    ["img-src", "'self'"],
    development ? ["connect-src", "'self'", "ws:", "wss:"] : ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
  ];
  if (!development) directives.push(["require-trusted-types-for", "'script'"], ["trusted-types", "'none'"]);
  if (!framable) directives.push(["frame-ancestors", "'none'"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Headers on every response, whatever its route (the HTTP guard's own answers included). */
export const COMMON_SECURITY_HEADERS = {
  "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

const header = (key: string, value: string) => ({ key, value });

/** Paths that are not the embed view: a pattern Next's header rules understand (they have no "except" rule). */
const EMBED_ROOTS = sourcesOf("embed").filter((source) => !source.includes(":")).map((source) => source.slice(1).replaceAll("/", "\\/"));
const NOT_EMBED = `/((?!(?:${EMBED_ROOTS.join("|")})(?:/|$)).*)`;

/**
 * Every response header the site sets, as next.config.ts headers() rules: Next applies them to pages, 404s, route
 * handlers and redirects (its own and proxy.ts's) alike. Later rules win for the same header.
 *
 * - Strict-Transport-Security: browsers never again try the site over plain http (ignored on http itself);
 * - X-Content-Type-Options: nosniff: a text or JSON file is never run as a script or style;
 * - Referrer-Policy: no-referrer: a privacy page tells nobody where its reader came from or went;
 * - Permissions-Policy: every powerful feature off (DISABLED_FEATURES);
 * - Cross-Origin-Opener-Policy: same-origin: no other site's window keeps a handle on ours;
 * - Cross-Origin-Resource-Policy: same-origin, except what other origins are meant to load: the data routes, which
 *   apps fetch (with Access-Control-Allow-Origin: *), and the embed view, which apps frame;
 * - X-Frame-Options: DENY everywhere but the embed view, for browsers too old for frame-ancestors (older TVs).
 */
export function headerRules({ development }: { development: boolean }): HeaderRule[] {
  const crossOrigin = header("Cross-Origin-Resource-Policy", "cross-origin");
  return [
    // Everything but Next's own files: /_next/static is hashed and already immutable for a year.
    { source: "/((?!_next/).*)", headers: [header("Cache-Control", PAGE_CACHE_CONTROL)] },
    // Our hashed script keeps its year: without CDN-Cache-Control, a CDN reads its Cache-Control.
    ...ROUTES.filter((route) => route.kind !== "asset").map(({ source }) => ({ source, headers: [header("CDN-Cache-Control", CDN_CACHE_CONTROL)] })),
    {
      source: "/:path*",
      headers: [
        ...Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => header(key, value)),
        header("Content-Security-Policy", contentSecurityPolicy({ framable: false, development })),
      ],
    },
    { source: NOT_EMBED, headers: [header("X-Frame-Options", "DENY")] },
    ...sourcesOf("embed").map((source) => ({
      source,
      headers: [header("Content-Security-Policy", contentSecurityPolicy({ framable: true, development })), crossOrigin],
    })),
    ...sourcesOf("data").map((source) => ({
      source,
      headers: [header("Access-Control-Allow-Origin", "*"), header("Access-Control-Expose-Headers", "ETag"), crossOrigin],
    })),
    // A PDF opens in the browser, and saves under a name that says what it is and which version.
    ...ROUTES.filter((route) => route.kind === "pdf").map(({ source, language }) => ({
      source,
      headers: [header("Content-Disposition", `inline; filename="${dictionaryOf(language).pdfFileName}${source.includes(":date") ? "-:date" : ""}.pdf"`)],
    })),
    ...sourcesOf("asset").map((source) => ({ source, headers: [header("Cache-Control", ASSET_CACHE_CONTROL)] })),
  ];
}
