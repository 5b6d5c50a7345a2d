import { DATA_ROUTE_PATHS } from "../apps/data-route-headers";
import { EMBED_PATH } from "../embed/embed-params";
import { contentSecurityPolicy } from "./content-security-policy";

export type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * Features the site never uses, all turned off for it and anything it could frame. Only names Chromium knows:
 * an unknown one makes it log an error on every page (the browser tests fail on any console error).
 * Not listed, so left to the browser's default (self only): clipboard-write, which the "Copy link" buttons use.
 */
export const DISABLED_FEATURES = [
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
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** The CSP of any response the proxy does not answer (static files, Next's own redirects): no inline script at all. */
export const BASELINE_CSP = contentSecurityPolicy({ scriptHashes: [], framable: false, development: false });

/**
 * Headers that are the same on every response, pages or not: set once in next.config.ts headers(), which Next
 * applies to every path, to 404s and to redirects (its own and proxy.ts's) alike. proxy.ts then replaces the
 * Content-Security-Policy of each HTML page with the page's own (its script hashes) and adds X-Frame-Options.
 *
 * - Strict-Transport-Security: browsers never again try the site over plain http (ignored on http itself);
 * - X-Content-Type-Options: nosniff: a text or JSON file is never run as a script or style;
 * - Referrer-Policy: no-referrer: the site's only outgoing links are mailto:, and it needs no Referer of its own;
 *   a privacy page tells nobody where its reader came from or went;
 * - Permissions-Policy: every powerful feature off (DISABLED_FEATURES);
 * - Cross-Origin-Opener-Policy: same-origin: no other site's window keeps a handle on ours;
 * - Cross-Origin-Resource-Policy: same-origin, except what other origins are meant to load: the data routes, which
 *   apps fetch (they send Access-Control-Allow-Origin: * too), and the embed view, which apps frame.
 */
export function securityHeaderRules(): HeaderRule[] {
  const crossOrigin = [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }];
  return [
    {
      source: "/:path*",
      headers: [
        { key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "no-referrer" },
        { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
        { key: "Content-Security-Policy", value: BASELINE_CSP },
      ],
    },
    // Later rules win for the same header: these must come after "/:path*".
    ...DATA_ROUTE_PATHS.map((source) => ({ source, headers: crossOrigin })),
    { source: EMBED_PATH, headers: crossOrigin },
    { source: `${EMBED_PATH}/:path*`, headers: crossOrigin },
  ];
}
