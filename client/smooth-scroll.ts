import { fragmentId } from "./fragment";

/** On <html> while a jump to a link on the same page runs: the CSS scrolls smoothly only then (never under
 * prefers-reduced-motion). */
const ATTRIBUTE = "data-smooth-scroll";
/** Backstop for browsers without the scrollend event: longer than any browser's smooth scroll. */
const LONGEST_SCROLL_MS = 1500;

/**
 * Smooth scrolling only for a click on a link to a place on the same page. The attribute is set in the click,
 * before the browser follows the link, and removed when that scroll ends. So a deep link opened from elsewhere
 * (/privacy#…) lands at once, as do history traversal and scrolls made by scripts. With `keysJumpAtOnce` (the
 * embed view, read with a TV remote) a link followed with Enter (a click of detail 0) jumps at once too: it is a
 * remote step, and remote steps never animate (see remote-navigation.ts).
 *
 * Returns finish(): ends a jump still under way at once, at its destination, and says whether there was one.
 * Remote navigation calls it before it measures anything. The destination is kept even when the jump is not ours
 * to animate, in case the CSS animates it anyway.
 */
export function initSmoothScroll(root: HTMLElement, keysJumpAtOnce: boolean): () => boolean {
  let destination: Element | null = null;
  let timer = 0;
  const stop = () => {
    destination = null;
    clearTimeout(timer);
    root.removeAttribute(ATTRIBUTE);
  };
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href^='#']") : null;
    const target = link && document.getElementById(fragmentId(link.getAttribute("href") || ""));
    if (!target) return;
    stop();
    destination = target;
    if (!(keysJumpAtOnce && event.detail === 0)) root.setAttribute(ATTRIBUTE, "");
    timer = window.setTimeout(stop, LONGEST_SCROLL_MS);
  });
  // The jump ended, or the reader took over: a later finish() must not pull the page back to the old destination.
  for (const type of ["scrollend", "wheel", "touchstart"]) window.addEventListener(type, stop, { passive: true });
  return () => {
    const target = destination;
    if (!target) return false;
    stop();
    // Where the link was taking the page (same alignment as following a fragment: start, honouring scroll-margin).
    target.scrollIntoView({ block: "start", behavior: "instant" });
    return true;
  };
}
