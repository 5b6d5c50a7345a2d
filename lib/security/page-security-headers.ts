import { contentSecurityPolicy, isFramablePath } from "./content-security-policy";
import { type CspManifest, NOT_FOUND_ROUTE } from "./csp-manifest";

/** The headers proxy.ts sets on a response, by the request's path. */
export type PageSecurityHeaders = { "Content-Security-Policy": string; "X-Frame-Options"?: "DENY" };

export type PageSecurityHeaderLookup = (pathname: string) => PageSecurityHeaders;

function withFrameOptions(csp: string, framable: boolean): PageSecurityHeaders {
  // X-Frame-Options for browsers too old for frame-ancestors (older TV browsers); modern ones obey the CSP.
  return framable ? { "Content-Security-Policy": csp } : { "Content-Security-Policy": csp, "X-Frame-Options": "DENY" };
}

function safeDecode(pathname: string): string | null {
  try {
    return decodeURI(pathname);
  } catch {
    return null;
  }
}

/**
 * Builds, once per server process, every page's headers from the build's CSP manifest, so that a request costs
 * a Map lookup. A path that is not a prerendered page gets the 404 page's policy (what Next answers it with);
 * redirects and data routes get one too, where it is harmless. Without a manifest (`next build` run alone) the
 * pages get no script hash: their scripts are blocked, and they are still complete, since they are written to
 * read without JavaScript.
 */
export function pageSecurityHeaderLookup(manifest: CspManifest | null, development: boolean): PageSecurityHeaderLookup {
  const byRoute = new Map<string, PageSecurityHeaders>();
  for (const [route, scriptHashes] of Object.entries(manifest?.routes ?? {})) {
    const framable = isFramablePath(route);
    byRoute.set(route, withFrameOptions(contentSecurityPolicy({ scriptHashes, framable, development }), framable));
  }
  const notFoundHashes = manifest?.routes[NOT_FOUND_ROUTE] ?? [];
  const notFound = (framable: boolean) => withFrameOptions(contentSecurityPolicy({ scriptHashes: notFoundHashes, framable, development }), framable);
  const notFoundFramable = notFound(true);
  const notFoundFramed = notFound(false);
  return (pathname) => {
    const exact = byRoute.get(pathname);
    if (exact) return exact;
    // Next matches routes on the decoded path: /contac%74 is /contact.
    const decoded = pathname.includes("%") ? safeDecode(pathname) : null;
    const found = decoded === null ? undefined : byRoute.get(decoded);
    if (found) return found;
    return isFramablePath(decoded ?? pathname) ? notFoundFramable : notFoundFramed;
  };
}
