"use client";

import { useLayoutEffect } from "react";

/** Where focus stops: links, buttons, and the sections (tabindex="-1", marked data-remote-stop). */
const STOPS = "a[href], button:not([disabled]), [data-remote-stop]";
/** Never scroll further than this share of the screen in one press, so no text is skipped. */
const STEP = 0.8;

function stops(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(STOPS)].filter((element) => element.getClientRects().length > 0);
}

function show(element: HTMLElement) {
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: element.matches("[data-remote-stop]") ? "start" : "nearest" });
}

/** The stop to move to, or "scroll" when it is further away than one step and the page can scroll towards it. */
function nextMove(forward: boolean): HTMLElement | "scroll" | null {
  const list = stops();
  const active = document.activeElement instanceof HTMLElement ? list.indexOf(document.activeElement) : -1;
  const height = window.innerHeight;
  const candidate =
    active !== -1
      ? list[active + (forward ? 1 : -1)]
      : forward
        ? list.find((element) => element.getBoundingClientRect().top >= 0)
        : list.findLast((element) => element.getBoundingClientRect().bottom <= height);
  const scroller = document.scrollingElement ?? document.documentElement;
  const canScroll = forward ? scroller.scrollTop + height < scroller.scrollHeight - 1 : scroller.scrollTop > 0;
  if (!candidate) return canScroll ? "scroll" : null;
  const { top } = candidate.getBoundingClientRect();
  const far = forward ? top > height : top < -STEP * height;
  return far && canScroll ? "scroll" : candidate;
}

/**
 * Reading with a TV remote, which sends the arrow keys and Enter: ArrowDown and ArrowUp move focus to the next or
 * previous link or section, scrolling through a long stretch of text one screen at a time before moving on;
 * Enter follows a link (a contents link then focuses its section). At either end the keys do what they always do,
 * and Tab is untouched, so focus is never trapped.
 */
export function RemoteNavigation() {
  // A layout effect, like EmbedParams: the keys work from the moment the page says it is ready (data-embed-ready).
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      const move = nextMove(event.key === "ArrowDown");
      if (move === null) return;
      event.preventDefault();
      if (move === "scroll") window.scrollBy({ top: (event.key === "ArrowDown" ? STEP : -STEP) * window.innerHeight });
      else show(move);
    };
    // After following an in-page link, focus the section it leads to, so that the next ArrowDown continues there.
    const focusTarget = () => {
      let id = "";
      try {
        id = decodeURIComponent(window.location.hash.slice(1));
      } catch {
        return;
      }
      const stop = id === "" ? null : document.getElementById(id)?.closest<HTMLElement>("[data-remote-stop]");
      if (stop && document.activeElement !== stop) stop.focus({ preventScroll: true });
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href^='#']") : null;
      if (link) requestAnimationFrame(focusTarget);
    };
    focusTarget();
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("click", onClick);
    window.addEventListener("hashchange", focusTarget);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onClick);
      window.removeEventListener("hashchange", focusTarget);
    };
  }, []);
  return null;
}
