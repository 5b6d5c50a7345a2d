import { type NextRequest, NextResponse } from "next/server";
import { loadContent } from "@/lib/content/load-content";
import { revalidateDataRoute } from "@/lib/apps/data-route-revalidation";
import { isDataPath } from "@/lib/apps/data-routes";
import { EMBED_SEGMENT } from "@/lib/embed/embed-params";
import { decideSectionPath, type SectionRoutes } from "@/lib/section-redirect";

let routes: SectionRoutes | undefined;

/** Read once per server process: the content cannot change under a running production build. */
function sectionRoutes(): SectionRoutes {
  if (!routes) {
    const { data } = loadContent(process.cwd());
    routes = {
      ids: data?.sections.map((section) => section.id) ?? [],
      aliases: new Map(Object.entries(data?.anchorLock.aliases ?? {})),
      staticSegments: [EMBED_SEGMENT],
    };
  }
  return routes;
}

/** Permanent redirects for section addresses that old links and hand-typed URLs use; pages themselves stay static. */
export function proxy(request: NextRequest) {
  // Next sends no 304 for route handlers' output: the data routes (/privacy.json…) are revalidated here.
  if (isDataPath(request.nextUrl.pathname)) {
    return revalidateDataRoute(request.method, request.nextUrl.pathname, request.headers.get("if-none-match")) ?? NextResponse.next();
  }
  const decision = decideSectionPath(request.nextUrl.pathname.slice("/privacy/".length), sectionRoutes());
  if (decision.action === "serve") return NextResponse.next();
  if (decision.action === "reject") {
    return new NextResponse("Bad request: the address is not valid percent-encoding.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const url = request.nextUrl.clone();
  url.pathname = `/privacy/${decision.id}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Only single-segment section paths and the data routes; /privacy itself and everything else never reach the proxy.
  matcher: ["/privacy/:segment", "/privacy.json", "/privacy.schema.json", "/privacy.txt", "/privacy.md"],
};
