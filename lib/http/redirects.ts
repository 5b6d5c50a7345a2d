import {
  CHANGES_SINCE_SEGMENT,
  changesSincePath,
  EMBED_SEGMENT,
  embedSectionPath,
  localizedPath,
  POLICY_PATH,
  sectionPath,
  versionChangesPath,
  versionPath,
  VERSIONS_SEGMENT,
} from "../outputs/paths";
import { LANGUAGES } from "../outputs/language";
import { SOURCE_LANGUAGE } from "../policy/schema";
import { ROUTES } from "./routes";
import type { SiteManifest } from "./site-manifest";

export type PathDecision =
  | { action: "serve" }
  /** Redirect permanently to this path (the query string is kept). */
  | { action: "redirect"; pathname: string }
  /** Not valid percent-encoding: answer 400 rather than let the router fail on it. */
  | { action: "reject" };

/** The languages whose pages are under a prefix of their own: every one but the English. */
const TRANSLATIONS: readonly string[] = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE);

type SectionRoutes = Pick<SiteManifest, "sectionIds" | "aliases" | "versions">;

/** The route table's addresses without a parameter (pages, the embed view, the data routes): lowered → canonical. */
const FIXED_PAGES = new Map(
  ROUTES.filter((route) => route.kind !== "redirect" && route.kind !== "asset" && !route.source.includes(":")).map(({ source }) => [source.toLowerCase(), source]),
);
const FIXED_PAGE_PATHS = new Set(FIXED_PAGES.values());

/** A version's pages: /privacy/versions/DATE, its /changes, and /privacy/changes-since/DATE, for published dates. */
function versionPagePath([second, third, fourth, ...rest]: string[], { versions }: SectionRoutes): string | null {
  if (third === undefined || !versions.includes(third) || rest.length > 0) return null;
  if (second === VERSIONS_SEGMENT) {
    if (fourth === undefined) return versionPath(third);
    return fourth === "changes" ? versionChangesPath(third) : null;
  }
  return second === CHANGES_SINCE_SEGMENT && fourth === undefined ? changesSincePath(third) : null;
}

/** The section a path segment names: its id in any letter case, its number (/privacy/3), or a retired id. */
function sectionIdOf(segment: string, { sectionIds, aliases }: SectionRoutes): string | undefined {
  if (/^\d{1,3}$/.test(segment)) return sectionIds[Number(segment) - 1];
  if (sectionIds.includes(segment)) return segment;
  const target = aliases[segment];
  return target !== undefined && sectionIds.includes(target) ? target : undefined;
}

/** The canonical address of a page path written in another letter case or by number, or null when it names none. */
function canonicalPagePath(loweredPath: string, routes: SectionRoutes): string | null {
  const fixed = FIXED_PAGES.get(loweredPath);
  if (fixed) return fixed;
  const [, first, second, third, ...rest] = loweredPath.split("/");
  if (first !== POLICY_PATH.slice(1) || second === undefined) return null;
  if (second === VERSIONS_SEGMENT || second === CHANGES_SINCE_SEGMENT) return versionPagePath([second, ...(third === undefined ? [] : [third]), ...rest], routes);
  if (rest.length > 0) return null;
  if (second === EMBED_SEGMENT) {
    const id = third === undefined ? undefined : sectionIdOf(third, routes);
    return id === undefined ? null : embedSectionPath(id);
  }
  const id = third === undefined ? sectionIdOf(second, routes) : undefined;
  return id === undefined ? null : sectionPath(id);
}

/** A translation's page: the English page's canonical path under its language's prefix (/FR/Privacy/Cookies/ → /fr/privacy/cookies). */
function canonicalPath(loweredPath: string, routes: SectionRoutes): string | null {
  const [, first] = loweredPath.split("/");
  const language = TRANSLATIONS.find((candidate) => candidate === first);
  if (language === undefined) return canonicalPagePath(loweredPath, routes);
  const inEnglish = canonicalPagePath(loweredPath.slice(language.length + 1) || "/", routes);
  if (inEnglish === null) return null;
  const translated = localizedPath(language, inEnglish);
  // A fixed page the translation does not have (the feed, versions.json) or one of its own (/fr/fr/privacy): none.
  return FIXED_PAGE_PATHS.has(inEnglish) && !FIXED_PAGE_PATHS.has(translated) ? null : translated;
}

/**
 * Where a request's path should be, decided in proxy.ts so that every redirect carries the security headers:
 *
 * - `/` → `/privacy`; a trailing slash is dropped: `/contact/` → `/contact`;
 * - every page address in another letter case, by section number or by a retired section id, on the site and in
 *   the embed view alike: `/PRIVACY`, `/Privacy/Cookies`, `/privacy/3`, `/privacy/embed/3` → the canonical address,
 *   in one step with the slash; the versions' pages too (`/Privacy/Versions/2026-11-26/`);
 * - the same under a translation's prefix: `/FR/Privacy/Cookies/` → `/fr/privacy/cookies`, `/fr` → `/fr/privacy`;
 * - a path that is not valid percent-encoding (`/privacy/embed/%ZZ`) is refused with 400.
 *
 * Anything else (the build's static files, whose hashed names may hold capitals; unknown paths) is served as it
 * is. Next has already turned repeated slashes and backslashes into one, so no redirect can leave the site.
 */
export function decidePath(pathname: string, routes: SectionRoutes): PathDecision {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { action: "reject" };
  }
  const trimmed = decoded.replace(/\/+$/, "") || "/";
  if (trimmed === "/") return { action: "redirect", pathname: POLICY_PATH };
  const language = TRANSLATIONS.find((candidate) => trimmed.toLowerCase() === localizedPath(candidate, ""));
  if (language !== undefined) return { action: "redirect", pathname: localizedPath(language, POLICY_PATH) };
  const canonical = canonicalPath(trimmed.trim().toLowerCase(), routes);
  if (canonical !== null) return canonical === pathname ? { action: "serve" } : { action: "redirect", pathname: canonical };
  return pathname.endsWith("/") ? { action: "redirect", pathname: pathname.replace(/\/+$/, "") } : { action: "serve" };
}
