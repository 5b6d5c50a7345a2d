import { fragmentId } from "./fragment";

/**
 * The section being read: the last one whose top has passed a line a quarter down the viewport. At the very
 * bottom, short last sections can never reach that line: there it is the one the reader jumped to, if visible,
 * else the last.
 */
function sectionInView(ids: readonly string[]): string | null {
  const height = window.innerHeight;
  if (height + window.scrollY >= document.documentElement.scrollHeight - 2) {
    const target = document.getElementById(fragmentId(location.hash));
    const chosen = target && target.closest("section");
    const top = chosen ? chosen.getBoundingClientRect().top : -1;
    return chosen && ids.indexOf(chosen.id) !== -1 && top >= 0 && top < height ? chosen.id : (ids[ids.length - 1] ?? null);
  }
  let current: string | null = null;
  for (const id of ids) {
    const section = document.getElementById(id);
    if (section && section.getBoundingClientRect().top <= height / 4) current = id;
  }
  return current;
}

/**
 * The table of contents (nav.toc) marks the link of the section in view with aria-current="location" as the
 * reader scrolls. Positions are read at most once a frame, and the DOM is written only when the section changes.
 */
export function initScrollspy(): void {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]'));
  if (links.length === 0) return;
  const ids = links.map((link) => fragmentId(link.getAttribute("href") || ""));
  let current: string | null = null;
  let frame = 0;
  const update = () => {
    frame = 0;
    const next = sectionInView(ids);
    if (next === current) return;
    current = next;
    links.forEach((link, index) => {
      if (ids[index] === next) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    });
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };
  schedule();
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule, { passive: true });
  window.addEventListener("hashchange", schedule);
}
