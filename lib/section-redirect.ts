/** What the proxy needs to know about section URLs. */
export type SectionRoutes = {
  /** Section ids in number order: /privacy/N is ids[N - 1]. */
  ids: readonly string[];
  /** Retired anchor → current anchor (from content/anchors.json). */
  aliases: ReadonlyMap<string, string>;
  /** Other pages directly under /privacy/ (the embed view): served as is, and reached from any letter case too. */
  staticSegments?: readonly string[];
};

export type SectionPathDecision =
  /** Serve as is: the canonical page, or Next's 404 for a segment that names no section. */
  | { action: "serve" }
  /** Redirect permanently to the canonical section page. */
  | { action: "redirect"; id: string }
  /** The segment is not valid percent-encoding: answer 400 rather than let the router fail on it. */
  | { action: "reject" };

/**
 * What to do with a /privacy/SEGMENT request. Redirects the section number (/privacy/3), any letter case
 * (/privacy/Cookies) and retired section ids to the canonical id.
 */
export function decideSectionPath(segment: string, routes: SectionRoutes): SectionPathDecision {
  const statics = routes.staticSegments ?? [];
  if (routes.ids.includes(segment) || statics.includes(segment)) return { action: "serve" };
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment).trim().toLowerCase();
  } catch {
    return { action: "reject" };
  }
  const id = /^\d{1,2}$/.test(decoded)
    ? routes.ids[Number(decoded) - 1]
    : routes.ids.includes(decoded) || statics.includes(decoded)
      ? decoded
      : routes.aliases.get(decoded);
  return id !== undefined && (routes.ids.includes(id) || statics.includes(id)) ? { action: "redirect", id } : { action: "serve" };
}
