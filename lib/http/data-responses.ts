import { createHash } from "node:crypto";
import { DATA_FORMATS } from "../outputs/data-formats";
import { DATA_PATHS, type DataFormat, localizedPath, ogImagePath, pathsIn } from "../outputs/paths";
import { changesPages, changesSincePages, versionPages } from "../outputs/version-history";
import type { PolicyTimeline } from "../policy";
import { ROUTES, sourcesOf } from "./routes";
import type { SiteManifest } from "./site-manifest";

/**
 * A strong validator for a body. Next gives prerendered pages an ETag but not the output of route handlers, so
 * the data routes carry their own, and proxy.ts answers If-None-Match with 304 from the manifest.
 */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** The body of a data route and its headers (CORS and Cache-Control come from the route table's header rules). */
export function dataResponse(timeline: PolicyTimeline, format: DataFormat): { body: string; headers: { "Content-Type": string; ETag: string } } {
  const { body: make, contentType } = DATA_FORMATS[format];
  const body = make(timeline);
  return { body, headers: { "Content-Type": contentType, ETag: etagOf(body) } };
}

/**
 * The proxy's manifest (site-manifest.ts), for the version in effect: its section ids, the retired ids that lead to
 * them, and the ETags of the very bodies the data routes serve. Also what `npm start` needs to know to rebuild on
 * the day an upcoming version takes effect.
 */
export function buildSiteManifest(timeline: PolicyTimeline, translations: readonly PolicyTimeline[] = []): SiteManifest {
  const formats = Object.keys(DATA_PATHS).filter((format): format is DataFormat => Object.hasOwn(DATA_PATHS, format));
  const { current } = timeline;
  // A translation serves the policy's own formats (json, text, markdown) under its prefix.
  const translatedEtags = translations.flatMap((translated) =>
    formats
      .filter((format) => sourcesOf("data").includes(localizedPath(translated.current.language, DATA_PATHS[format])))
      .map((format) => [localizedPath(translated.current.language, DATA_PATHS[format]), dataResponse(translated, format).headers.ETag] as const),
  );
  return {
    sectionIds: current.sections.map((section) => section.id),
    aliases: Object.fromEntries([...current.retiredAnchors].flatMap(([to, froms]) => froms.map((from) => [from, to]))),
    versions: timeline.published.map((policy) => policy.version.effective).reverse(),
    translatedPages: Object.fromEntries(translations.map((translated) => [translated.current.language, translatedPagePaths(translated)])),
    builtFor: { today: timeline.today, timeZone: current.metadata.timeZone, nextChange: timeline.upcoming[0]?.version.effective ?? null },
    etags: Object.fromEntries([...formats.map((format) => [DATA_PATHS[format], dataResponse(timeline, format).headers.ETag] as const), ...translatedEtags]),
  };
}

/** Every address of a translation: its fixed routes, one page per section (site, embed, preview image), its versions' pages and PDFs. */
function translatedPagePaths(timeline: PolicyTimeline): string[] {
  const { language, sections } = timeline.current;
  const paths = pathsIn(language);
  const fixed = ROUTES.filter((route) => route.kind !== "redirect" && !route.source.includes(":") && route.source.startsWith(localizedPath(language, "/")));
  return [
    // Not its 404 page: asked for by its address, that is served with status 404 too.
    ...fixed.map((route) => route.source),
    ogImagePath(paths.policy),
    ogImagePath(paths.contact),
    ...sections.flatMap((section) => [paths.section(section.id), paths.embedSection(section.id), ogImagePath(paths.section(section.id))]),
    ...versionPages(timeline).flatMap(({ policy }) => [paths.version(policy.version.effective), ...(policy.pdf ? [paths.versionPdf(policy.version.effective)] : [])]),
    ...changesPages(timeline).map((entry) => paths.versionChanges(entry.policy.version.effective)),
    ...changesSincePages(timeline).map((policy) => paths.changesSince(policy.version.effective)),
  ];
}
