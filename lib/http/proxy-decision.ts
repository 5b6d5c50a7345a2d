import { localizedPath, pathsIn } from "../outputs/paths";
import { decidePath } from "./redirects";
import { sourcesOf } from "./routes";
import { ifNoneMatchMatches, type SiteManifest } from "./site-manifest";

export type ProxyRequest = {
  method: string;
  pathname: string;
  header: (name: string) => string | null;
};

export type ProxyDecision =
  | { action: "next" }
  | { action: "redirect"; pathname: string }
  | { action: "not-modified"; etag: string }
  | { action: "not-found"; pathname: string }
  | { action: "refuse"; status: 400; body: string };

const DATA_PATH_SET = new Set<string>(sourcesOf("data"));

/** What the proxy does with a request: everything it decides follows from the route table and the build's manifest. */
export function proxyDecision(request: ProxyRequest, manifest: SiteManifest): ProxyDecision {
  const { pathname } = request;
  // Next sends no 304 for route handlers' output: the data routes (/privacy.json…) are revalidated here.
  if (DATA_PATH_SET.has(pathname)) {
    const etag = manifest.etags[pathname];
    const ifNoneMatch = request.header("if-none-match");
    const conditional = request.method === "GET" || request.method === "HEAD";
    return conditional && etag !== undefined && ifNoneMatch !== null && ifNoneMatchMatches(ifNoneMatch, etag)
      ? { action: "not-modified", etag }
      : { action: "next" };
  }
  const decision = decidePath(pathname, manifest);
  if (decision.action === "reject") return { action: "refuse", status: 400, body: "Bad request: the address is not valid percent-encoding.\n" };
  if (decision.action === "redirect") return decision;
  return translatedNotFound(pathname, manifest) ?? { action: "next" };
}

/** An address under a translation's prefix that it does not have: its own 404 page, not the English one. */
function translatedNotFound(pathname: string, manifest: SiteManifest): ProxyDecision | null {
  for (const [language, pages] of Object.entries(manifest.translatedPages)) {
    const prefix = localizedPath(language, "/");
    if (!pathname.startsWith(prefix) || pages.includes(pathname)) continue;
    return { action: "not-found", pathname: pathsIn(language).notFound };
  }
  return null;
}
