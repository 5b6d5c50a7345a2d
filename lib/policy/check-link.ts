/** The site's pages and anchors that content may link to. */
type LinkTargets = {
  /** Section ids: each is a page (/privacy/ID) and an anchor on /privacy. */
  sectionIds: ReadonlySet<string>;
  /** Clause ids of each section: anchors on /privacy and on that section's page. */
  clauseIdsBySection: ReadonlyMap<string, ReadonlySet<string>>;
};

const EXTERNAL_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks one link URL from the content. Returns what is wrong and how to fix it, or null when the link is fine.
 * Internal links must resolve now, so that no reader ever follows a dead link from the policy.
 */
export function checkLink(url: string, targets: LinkTargets): string | null {
  const shown = JSON.stringify(url);
  const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (protocol !== undefined) {
    const scheme = `${protocol.toLowerCase()}:`;
    if (!EXTERNAL_PROTOCOLS.has(scheme)) {
      return `link ${shown} uses the ${scheme} scheme — link only to https:, http: or mailto: addresses, or to a page of this site such as /privacy/cookies`;
    }
    if (scheme === "mailto:" && !EMAIL.test(decodeURIComponent(url.slice("mailto:".length).split("?")[0] ?? ""))) {
      return `link ${shown} is not a valid email link — write it as mailto:name@example.com`;
    }
    return null;
  }
  if (url.startsWith("//")) return `link ${shown} has no scheme — write the full address, e.g. https://example.com`;
  if (!url.startsWith("/") && !url.startsWith("#")) {
    return `link ${shown} is a relative path — start site links with "/", e.g. /privacy/${[...targets.sectionIds][0] ?? "cookies"}`;
  }

  const hashIndex = url.indexOf("#");
  const pathPart = hashIndex === -1 ? url : url.slice(0, hashIndex);
  const fragment = hashIndex === -1 ? undefined : url.slice(hashIndex + 1);
  const known = [...targets.sectionIds].join(", ");

  if (pathPart === "/contact") return fragment === undefined ? null : `link ${shown} points into the contact page — link to /contact`;
  if (pathPart === "" || pathPart === "/privacy") {
    if (fragment === undefined) return null;
    const isAnchor = targets.sectionIds.has(fragment) || [...targets.clauseIdsBySection.values()].some((ids) => ids.has(fragment));
    return isAnchor ? null : `link ${shown} names no section or clause — use one of: ${known}, or a clause id`;
  }
  const sectionPage = /^\/privacy\/([^/?#]+)$/.exec(pathPart);
  if (sectionPage) {
    const id = sectionPage[1] ?? "";
    if (!targets.sectionIds.has(id)) return `link ${shown} names no section — use /privacy/ID with one of: ${known}`;
    if (fragment !== undefined && fragment !== id && !targets.clauseIdsBySection.get(id)?.has(fragment)) return `link ${shown} points to an anchor that is not on that page — write /privacy#${fragment} or /privacy/${id}`;
    return null;
  }
  return `link ${shown} is not a page of this site — link to /privacy, /privacy/ID, /privacy#ID or /contact`;
}
