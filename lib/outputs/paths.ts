import { SOURCE_LANGUAGE } from "../policy/schema";

/**
 * The site's addresses. Outputs need them to write canonical URLs, links and JSON; lib/http's route table builds
 * every response rule on them. A published address must work for years: change none, only add.
 */
export const POLICY_PATH = "/privacy";
export const CONTACT_PATH = "/contact";
/** The view for apps' WebViews and TVs: a static segment beside the section ids, so no section may be called so. */
export const EMBED_SEGMENT = "embed";
export const EMBED_PATH = `${POLICY_PATH}/${EMBED_SEGMENT}`;

/** Every published version of the policy, newest first; each has a page, and a page of what it changed. */
export const VERSIONS_SEGMENT = "versions";
export const VERSIONS_PATH = `${POLICY_PATH}/${VERSIONS_SEGMENT}`;
/** Everything that changed from one version to the one in effect: what an app shows a user who accepted it. */
export const CHANGES_SINCE_SEGMENT = "changes-since";

/** The machine-readable policy, for apps and feed readers. */
export const DATA_PATHS = {
  json: "/privacy.json",
  schema: "/privacy.schema.json",
  text: "/privacy.txt",
  markdown: "/privacy.md",
  versions: `${VERSIONS_PATH}.json`,
  versionsSchema: `${VERSIONS_PATH}.schema.json`,
  feed: `${POLICY_PATH}/feed.xml`,
} as const;
export type DataFormat = keyof typeof DATA_PATHS;

/** Where a translation's 404 page is prerendered, e.g. /fr/not-found. */
export const NOT_FOUND_PATH = "/not-found";

/** A version as a PDF: the one in effect at /privacy.pdf, each version beside its page (/privacy/versions/DATE.pdf). */
export const POLICY_PDF_PATH = `${POLICY_PATH}.pdf`;
export const versionPdfPath = (effective: string) => `${VERSIONS_PATH}/${effective}.pdf`;

export const sectionPath = (id: string) => `${POLICY_PATH}/${id}`;
/** A page's link-preview image, beside it (app/privacy/…/opengraph-image.tsx). */
export const ogImagePath = (pagePath: string) => `${pagePath}/opengraph-image`;
export const embedSectionPath = (id: string) => `${EMBED_PATH}/${id}`;
/** A version as it read, e.g. /privacy/versions/2026-11-26: its anchors are the policy's, a permanent citation. */
export const versionPath = (effective: string) => `${VERSIONS_PATH}/${effective}`;
export const versionChangesPath = (effective: string) => `${versionPath(effective)}/changes`;
export const changesSincePath = (effective: string) => `${POLICY_PATH}/${CHANGES_SINCE_SEGMENT}/${effective}`;

/**
 * A language's address for a site path: the English keeps the addresses it always had, a translation's pages are
 * the same paths under /LANG, so that /fr/privacy/cookies#cookies--what-are-cookies is the same place in French.
 */
export function localizedPath(language: string, sitePath: string): string {
  return language === SOURCE_LANGUAGE ? sitePath : `/${language}${sitePath}`;
}

/** Every address of the site in one language. */
export function pathsIn(language: string) {
  const at = (sitePath: string) => localizedPath(language, sitePath);
  return {
    policy: at(POLICY_PATH),
    contact: at(CONTACT_PATH),
    embed: at(EMBED_PATH),
    versions: at(VERSIONS_PATH),
    section: (id: string) => at(sectionPath(id)),
    embedSection: (id: string) => at(embedSectionPath(id)),
    version: (effective: string) => at(versionPath(effective)),
    versionChanges: (effective: string) => at(versionChangesPath(effective)),
    changesSince: (effective: string) => at(changesSincePath(effective)),
    data: { json: at(DATA_PATHS.json), text: at(DATA_PATHS.text), markdown: at(DATA_PATHS.markdown) },
    pdf: at(POLICY_PDF_PATH),
    versionPdf: (effective: string) => at(versionPdfPath(effective)),
    /** A translation's 404 page, which the proxy serves (status 404) for its unknown addresses; the English's is Next's own. */
    notFound: at(NOT_FOUND_PATH),
  };
}

/** The public URL of a site path on `siteUrl`, e.g. absoluteUrl("https://smartsiptv.fr", "/privacy#cookies"). */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return new URL(sitePath, siteUrl).href;
}

/** "https://smartsiptv.fr/privacy/cookies" → "smartsiptv.fr/privacy/cookies": an address as people read it. */
export function displayAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname === "/" ? "" : pathname}`;
}
