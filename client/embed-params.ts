/** The embed view's parameters and their known values; anything else is the default, never an error. */
const PARAMS = { theme: ["light", "dark"], size: ["tv"] };

/**
 * Applies ?theme=light|dark and ?size=tv to <html> as data-theme / data-size (embed.css styles them), and makes
 * links to other embed pages (/privacy/embed…, /fr/privacy/embed…) keep them. Read in the browser so that the
 * embed pages stay static; without JavaScript the defaults apply. An app builds this URL once and may get it
 * slightly wrong: case and surrounding spaces do not matter.
 */
export function applyEmbedParams(root: HTMLElement): void {
  const query = new URLSearchParams(location.search);
  let carried = "";
  for (const name of ["theme", "size"] as const) {
    const value = (query.get(name) || "").trim().toLowerCase();
    if (PARAMS[name].indexOf(value) === -1) continue;
    root.setAttribute(`data-${name}`, value);
    // Canonical order and spelling (?theme=dark&size=tv), whatever the app sent.
    carried += `${carried ? "&" : "?"}${name}=${value}`;
  }
  if (carried === "") return;
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"))) {
    if (link.host === location.host && link.pathname.indexOf("/privacy/embed") !== -1 && link.search === "") {
      link.setAttribute("href", link.pathname + carried + link.hash);
    }
  }
}
