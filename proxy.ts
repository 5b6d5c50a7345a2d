import { type NextRequest, NextResponse } from "next/server";
import { servedContent } from "@/lib/content/served-content";
import { revalidateDataRoute } from "@/lib/apps/data-route-revalidation";
import { isDataPath } from "@/lib/apps/data-routes";
import { decidePath } from "@/lib/canonical-path";
import { EMBED_SEGMENT } from "@/lib/embed/embed-params";
import type { SectionRoutes } from "@/lib/section-redirect";
import { withPageSecurityHeaders } from "@/lib/security/proxy-security-headers";

let routes: SectionRoutes | undefined;

/** Built once per server process from the served content. */
function sectionRoutes(): SectionRoutes {
  if (!routes) {
    const data = servedContent();
    routes = {
      ids: data?.sections.map((section) => section.id) ?? [],
      aliases: new Map(Object.entries(data?.anchorLock.aliases ?? {})),
      staticSegments: [EMBED_SEGMENT],
    };
  }
  return routes;
}

/** Every response the proxy gives or lets through gets the page's Content-Security-Policy (lib/security). */
export function proxy(request: NextRequest) {
  return withPageSecurityHeaders(request.nextUrl.pathname, route(request));
}

/** Permanent redirects to canonical addresses (`/`, trailing slashes, section URLs); pages themselves stay static. */
function route(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next sends no 304 for route handlers' output: the data routes (/privacy.json…) are revalidated here.
  if (isDataPath(pathname)) {
    return revalidateDataRoute(request.method, pathname, request.headers.get("if-none-match")) ?? NextResponse.next();
  }
  const decision = decidePath(pathname, sectionRoutes);
  if (decision.action === "serve") return NextResponse.next();
  if (decision.action === "reject") {
    return new NextResponse("Bad request: the address is not valid percent-encoding.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // A plain URL on the request's own origin (Next turns it into a relative Location): a clone of request.nextUrl
  // would remember the trailing slash and put it back (`/contact/` → `/contact/`).
  return NextResponse.redirect(new URL(`${decision.pathname}${request.nextUrl.search}`, request.url), 308);
}

export const config = {
  // Every page (and the 404 for any unknown path), for its Content-Security-Policy; not the build's static files,
  // which need no page policy and are the bulk of requests.
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|apple-icon$|robots\\.txt$|sitemap\\.xml$).*)"],
};
