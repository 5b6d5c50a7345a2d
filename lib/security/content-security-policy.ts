import { EMBED_PATH } from "../embed/embed-params";

export type CspOptions = {
  /** `'sha256-…'` sources of the page's own inline scripts (from the build's manifest, scripts/csp-hashes.ts). */
  scriptHashes: readonly string[];
  /** May other sites and apps show the page in a frame? Only the embed view may be. */
  framable: boolean;
  /**
   * `next dev` evaluates modules with eval, injects inline scripts and styles no manifest knows, and talks to its
   * HMR server over a WebSocket: relaxed there only, never in a production build.
   */
  development: boolean;
};

/**
 * The Content-Security-Policy of a page. Every page is prerendered at build time, so a nonce (which needs a fresh
 * value per response, and so dynamic rendering) is out: the inline scripts Next writes into each page are allowed
 * by their SHA-256 hashes instead, listed per page, and Next's script files by 'self'.
 *
 * - default-src 'self': anything not named below comes from this site only (fonts, manifest, workers, frames);
 * - script-src 'self' + hashes: no 'unsafe-inline', no 'unsafe-eval': injected markup cannot run script;
 * - style-src 'self': the stylesheets are files; the build fails if a page gets inline styles (csp-hashes.ts);
 * - img-src 'self': the icons; QR codes are inline SVG elements, no image at all;
 * - connect-src 'self': client-side navigation fetches the next page's RSC payload from the site;
 * - object-src 'none', base-uri 'none', form-action 'none': no plugins, no <base> hijack, and no forms exist;
 * - frame-ancestors 'none', except the embed view, which apps and web apps frame (see SECURITY.md).
 *
 * upgrade-insecure-requests is left out: every subresource is a same-origin relative URL, so on HTTPS it is
 * HTTPS already (and HSTS keeps it there), while on plain http (local tests on 127.0.0.1) it would break them.
 */
export function contentSecurityPolicy({ scriptHashes, framable, development }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    development ? ["script-src", "'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["script-src", "'self'", ...scriptHashes],
    development ? ["style-src", "'self'", "'unsafe-inline'"] : ["style-src", "'self'"],
    ["img-src", "'self'"],
    development ? ["connect-src", "'self'", "ws:", "wss:"] : ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
  ];
  if (!framable) directives.push(["frame-ancestors", "'none'"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * The embed view (/privacy/embed and everything under it) is made to be shown inside apps: in a WebView, or in
 * an iframe of a TV or web app. It has no action that changes anything, no form, no cookie and no session, so
 * being framed by anyone cannot be turned against its reader (clickjacking needs something to click).
 */
export function isFramablePath(pathname: string): boolean {
  return pathname === EMBED_PATH || pathname.startsWith(`${EMBED_PATH}/`);
}
