import { type NextRequest, NextResponse } from "next/server";
import { proxyDecision } from "@/lib/http/proxy-decision";
import { siteManifestSchema } from "@/lib/http/site-manifest";
// Written by scripts/generate.ts before every build and bundled into the proxy: no request reads content/.
import builtManifest from "@/lib/generated/site-manifest.json";

const manifest = siteManifestSchema.parse(builtManifest);

/**
 * A thin adapter from Next's request to lib/http's decision. Every header (security, CSP, cache, CORS) comes from
 * next.config.ts headers(), which Next applies to the responses made here too.
 */
export function proxy(request: NextRequest) {
  const { nextUrl } = request;
  const decision = proxyDecision(
    { method: request.method, pathname: nextUrl.pathname, header: (name) => request.headers.get(name) },
    manifest,
  );
  switch (decision.action) {
    case "next":
      return NextResponse.next();
    case "not-modified":
      return new NextResponse(null, { status: 304, headers: { ETag: decision.etag } });
    case "refuse":
      return new NextResponse(decision.body, { status: decision.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    case "not-found":
      // The translation's prerendered 404 page, with the status of one; the address stays the one asked for.
      return NextResponse.rewrite(new URL(decision.pathname, request.url), { status: 404 });
    case "redirect":
      // A plain URL on the request's own origin (Next turns it into a relative Location): a clone of nextUrl would
      // remember the trailing slash and put it back.
      return NextResponse.redirect(new URL(`${decision.pathname}${nextUrl.search}`, request.url), 308);
  }
}

export const config = {
  // Pages, data routes and any unknown path; not the build's static files or our hashed script, the bulk of requests.
  matcher: ["/((?!_next/static/|_next/image|assets/|favicon\\.ico$|icon\\.svg$|apple-icon$|robots\\.txt$|sitemap\\.xml$).*)"],
};
