import { decideSectionPath, type SectionRoutes } from "./section-redirect";

export type PathDecision =
  | { action: "serve" }
  /** Redirect permanently to this path (the query string is kept). */
  | { action: "redirect"; pathname: string }
  /** Not valid percent-encoding: answer 400 rather than let the router fail on it. */
  | { action: "reject" };

const SECTION_PATH = /^\/privacy\/([^/]+)$/;

/**
 * Where a request's path should be, decided in proxy.ts so that every redirect carries the security headers
 * (Next's own redirects from next.config.ts and its trailing-slash redirect get none of next.config.ts headers()):
 *
 * - `/` → `/privacy`;
 * - a trailing slash is dropped: `/contact/` → `/contact`;
 * - a path that is not valid percent-encoding (`/privacy/embed/%ZZ`) is refused with 400;
 * - section addresses: `/privacy/3`, `/privacy/Cookies`, retired ids → `/privacy/ID` (lib/section-redirect.ts),
 *   in one step with the slash: `/privacy/COOKIES/` → `/privacy/cookies`.
 *
 * Next has already turned repeated slashes and backslashes into one slash (with a redirect of its own) before the
 * proxy runs, so a path here never starts with `//`, and no redirect can leave the site.
 * `sections` is called only for section paths: most requests never need the content.
 */
export function decidePath(pathname: string, sections: () => SectionRoutes): PathDecision {
  // Some routes (/privacy/embed/ID) fail with a 500 on a path they cannot decode: refuse it for all of them.
  if (pathname.includes("%") && !isValidPercentEncoding(pathname)) return { action: "reject" };
  const trimmed = pathname.replace(/\/+$/, "") || "/";
  if (trimmed === "/") return { action: "redirect", pathname: "/privacy" };
  const segment = SECTION_PATH.exec(trimmed)?.[1];
  if (segment !== undefined) {
    const decision = decideSectionPath(segment, sections());
    if (decision.action === "reject") return decision;
    if (decision.action === "redirect") return { action: "redirect", pathname: `/privacy/${decision.id}` };
  }
  return trimmed === pathname ? { action: "serve" } : { action: "redirect", pathname: trimmed };
}

function isValidPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
