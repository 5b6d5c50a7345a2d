import { type CspManifest, NOT_FOUND_ROUTE, routeOfHtmlFile } from "./csp-manifest";

/**
 * Next's built-in server-error page (HTTP 500), written by every build whatever the app has. Its inline styles
 * cannot be changed from the app; the policy blocks them, and its one sentence ("This page couldn't load") still
 * reads unstyled. It is never served in practice: the hostile-input tests assert that no request gets a 5xx.
 */
const NEXT_SERVER_ERROR_PAGE = "_global-error.html";
import { inlineCodeOtherThanScripts, inlineScriptHashes } from "./inline-scripts";

/** A prerendered page: its path under .next/server/app (e.g. `privacy/cookies.html`) and its HTML. */
export type PrerenderedHtml = { file: string; html: string };

/**
 * The CSP manifest of a build: each page's inline-script hashes. Problems are what the policy would break: an
 * inline style or event handler (CSP would block it; the page must not have one), or no 404 page to fall back on.
 */
export function buildCspManifest(pages: readonly PrerenderedHtml[]): { manifest: CspManifest; problems: string[] } {
  const routes: CspManifest["routes"] = {};
  const problems: string[] = [];
  for (const { file, html } of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    routes[routeOfHtmlFile(file)] = inlineScriptHashes(html);
    if (file === NEXT_SERVER_ERROR_PAGE) continue;
    for (const found of inlineCodeOtherThanScripts(html)) {
      problems.push(`${file}: has ${found}, which the Content-Security-Policy blocks — style it from a CSS file, and attach handlers from a client component`);
    }
  }
  if (!Object.hasOwn(routes, NOT_FOUND_ROUTE)) {
    problems.push(`no ${NOT_FOUND_ROUTE.slice(1)}.html: unknown paths would have no policy to fall back on — check where this Next.js version writes the 404 page`);
  }
  return { manifest: { routes }, problems };
}
