/**
 * Keeps the reader's place when they switch language: the anchors are the same in every language, so the link to
 * the other language carries the fragment of the section or clause in view (the address's own, as it changes).
 * Without the script the link still leads to the same page, from its top.
 */
export function initLanguageLinks(): void {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-language-link]"));
  if (links.length === 0) return;
  const follow = () => {
    for (const link of links) {
      const target = new URL(link.href);
      target.hash = window.location.hash;
      link.href = target.href;
    }
  };
  follow();
  window.addEventListener("hashchange", follow);
}
