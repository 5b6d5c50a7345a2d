import {
  CHANGES_SINCE_SEGMENT,
  changesSincePath,
  CONTACT_PATH,
  DATA_PATHS,
  EMBED_PATH,
  EMBED_SEGMENT,
  embedSectionPath,
  POLICY_PDF_PATH,
  versionPdfPath,
  POLICY_PATH,
  sectionPath,
  versionChangesPath,
  versionPath,
  VERSIONS_PATH,
  VERSIONS_SEGMENT,
  localizedPath,
  pathsIn,
} from "../outputs/paths";
import { LANGUAGES } from "../outputs/language";
import { SOURCE_LANGUAGE } from "../policy/schema";

/**
 * The route table: every address the site answers, by kind. Redirects (redirects.ts) and every response header
 * (headers.ts) follow from it; app/ has one route per row.
 *
 * - page: a prerendered HTML page of the site;
 * - section: one section's page, /privacy/ID, one per section id;
 * - embed: the view for apps' WebViews and TVs (framable by anyone, see SECURITY.md);
 * - data: the machine-readable policy (apps fetch it from any origin: CORS, ETag, 304);
 * - pdf: a version as a PDF, a file copied into the build (public/) from content/;
 * - asset: our enhancement script, named by its content hash (immutable);
 * - redirect: `/`, which has no page of its own.
 */
export type RouteKind = "page" | "section" | "embed" | "data" | "pdf" | "asset" | "redirect";

/** `source` is a Next.js path pattern (next.config.ts headers()); `:id` is a section id. `language`, the pages' language. */
export type Route = { source: string; kind: RouteKind; language: string };

export const ASSETS_PATH = "/assets";
/** Our one script (client/), named by its content hash: `${SITE_SCRIPT_PREFIX}0123456789.js`. */
export const SITE_SCRIPT_PREFIX = `${ASSETS_PATH}/site.`;

/** The routes of the English, at the addresses they always had. */
const SOURCE_ROUTES: readonly Route[] = ([
  { source: "/", kind: "redirect" },
  { source: POLICY_PATH, kind: "page" },
  { source: sectionPath(":id"), kind: "section" },
  { source: CONTACT_PATH, kind: "page" },
  { source: EMBED_PATH, kind: "embed" },
  { source: embedSectionPath(":id"), kind: "embed" },
  { source: VERSIONS_PATH, kind: "page" },
  { source: versionPath(":date"), kind: "page" },
  { source: versionChangesPath(":date"), kind: "page" },
  { source: changesSincePath(":date"), kind: "page" },
  ...Object.values(DATA_PATHS).map((source) => ({ source, kind: "data" as const })),
  { source: POLICY_PDF_PATH, kind: "pdf" },
  { source: versionPdfPath(":date"), kind: "pdf" },
  { source: `${ASSETS_PATH}/:file`, kind: "asset" },
] satisfies Omit<Route, "language">[]).map((route) => ({ ...route, language: SOURCE_LANGUAGE }));

const TRANSLATED_KINDS: ReadonlySet<RouteKind> = new Set(["page", "section", "embed", "pdf"]);

/** A translation's routes: the same pages under /LANG, and the policy's own formats (the feed and versions.json are the English's). */
function translatedRoutes(language: string): Route[] {
  const translatedData = new Set<string>(Object.values(pathsIn(SOURCE_LANGUAGE).data));
  return [
    { source: localizedPath(language, ""), kind: "redirect", language },
    ...SOURCE_ROUTES.filter((route) => TRANSLATED_KINDS.has(route.kind) || (route.kind === "data" && translatedData.has(route.source))).map(
      (route): Route => ({ source: localizedPath(language, route.source), kind: route.kind, language }),
    ),
  ];
}

export const ROUTES: readonly Route[] = [...SOURCE_ROUTES, ...LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE).flatMap(translatedRoutes)];

/**
 * Segments under /privacy/ that are routes of their own, so no section may take them as its id (content:check
 * refuses one that does). The feed and versions.json have a dot, which no id can have.
 */
export const RESERVED_SECTION_IDS: readonly string[] = [EMBED_SEGMENT, VERSIONS_SEGMENT, CHANGES_SINCE_SEGMENT];

/** The sources of one kind of route, for header rules. */
export function sourcesOf(kind: RouteKind): string[] {
  return ROUTES.filter((route) => route.kind === kind).map((route) => route.source);
}

/**
 * Problems a policy's section ids would cause the routes: an id that takes a reserved segment, or one made of
 * digits only, which /privacy/N (section number N, lib/http/redirects.ts) would shadow.
 */
export function reservedIdProblems(sectionIds: readonly string[]): { id: string; message: string }[] {
  return sectionIds.flatMap((id) => {
    if (RESERVED_SECTION_IDS.includes(id)) return [{ id, message: `"${id}" is reserved for ${POLICY_PATH}/${id}, a page of its own — choose another id` }];
    if (/^\d+$/.test(id)) return [{ id, message: `"${id}" is only digits, and ${POLICY_PATH}/${id} leads to section number ${id} — use words, e.g. "data-retention"` }];
    return [];
  });
}
