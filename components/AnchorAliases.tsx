/**
 * Empty anchors with a section's retired ids, so that old links (/privacy#old-id) still land on it, with or
 * without JavaScript. CSS highlights the section when one of them is the :target.
 */
export function AnchorAliases({ ids }: { ids: readonly string[] }) {
  return ids.map((id) => <span key={id} id={id} className="anchor-alias" />);
}
