import { fragmentId } from "./fragment";

/** Where focus stops: links, buttons, and the sections (tabindex="-1", marked data-remote-stop). */
const STOPS = "a[href], button:not([disabled]), [data-remote-stop]";
/** Never scroll further than this share of the screen in one press, so that no text is skipped. */
const STEP = 0.8;

/*
 * Every remote step scrolls INSTANTLY, whatever the CSS says, and first ends any smooth jump still running.
 *
 * Why: each press decides its move from getBoundingClientRect and scrollTop, i.e. from where the page IS. When
 * steps scrolled smoothly (CSS scroll-behavior: smooth), a press made while the previous step's animation was
 * still running measured a page in mid-flight, and window.scrollBy() / scrollIntoView() then started a NEW
 * animation from that mid-flight position: the rest of the previous step was thrown away. Smooth scrolls ease in
 * (Chromium: an 864 px step takes ~520 ms and has moved 10 px after 30 ms), so presses a few tens of ms apart (a TV
 * user holding the key; Playwright between two presses) each moved the page a few pixels; and since the next stop
 * then still looked "further than a screen", every press chose to scroll again and focus stopped moving. A
 * section was not reached within the test's 12 presses: the flaky "all ten sections come into view" test, whose
 * outcome hung on how press timing and animation frames fell on a busy machine. With instant steps the page is
 * always where the last press left it, so each press is decided against final positions and does exactly one
 * thing. TV browsers animate scrolling badly anyway.
 */
const canSayInstant = "scrollBehavior" in document.documentElement.style;

function stops(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(STOPS)).filter((element) => element.getClientRects().length > 0);
}

/** The stop to move to, or "scroll" when it is further away than one step and the page can scroll towards it. */
function nextMove(forward: boolean): HTMLElement | "scroll" | null {
  const list = stops();
  const height = window.innerHeight;
  const active = document.activeElement instanceof HTMLElement ? list.indexOf(document.activeElement) : -1;
  let candidate: HTMLElement | undefined;
  if (active !== -1) candidate = list[active + (forward ? 1 : -1)];
  else if (forward) candidate = list.find((element) => element.getBoundingClientRect().top >= 0);
  else for (const element of list) if (element.getBoundingClientRect().bottom <= height) candidate = element;
  const scroller = document.scrollingElement || document.documentElement;
  const canScroll = forward ? scroller.scrollTop + height < scroller.scrollHeight - 1 : scroller.scrollTop > 0;
  if (!candidate) return canScroll ? "scroll" : null;
  const { top } = candidate.getBoundingClientRect();
  const far = forward ? top > height : top < -STEP * height;
  return far && canScroll ? "scroll" : candidate;
}

function scrollInstantly(top: number): void {
  // Browsers without CSS smooth scrolling (old TVs) may not take an options object here either; they never animate.
  if (canSayInstant) window.scrollBy({ top, behavior: "instant" });
  else window.scrollBy(0, top);
}

/**
 * Chromium runs a smooth scroll on its compositor thread: an instant scroll that interrupts one still gets the
 * animation's last frames added when the threads next sync (measured: 17 to 120 px). After interrupting a jump,
 * the page is held where the steps leave it for the next few frames; a press in that time moves the hold along.
 */
let heldY = 0;
let framesToHold = 0;
function hold(): void {
  heldY = window.scrollY;
  if (framesToHold === 0) requestAnimationFrame(checkHeld);
  framesToHold = 4;
}
function checkHeld(): void {
  if (window.scrollY !== heldY) {
    scrollInstantly(heldY - window.scrollY);
    framesToHold = 0;
  } else if (--framesToHold > 0) requestAnimationFrame(checkHeld);
}

function show(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  // Browsers that do not know the options read the object as `true`, aligning to the top, and do not animate.
  element.scrollIntoView({ block: element.matches("[data-remote-stop]") ? "start" : "nearest", behavior: "instant" });
}

/**
 * Reading with a TV remote, which sends the arrow keys and Enter: ArrowDown and ArrowUp move focus to the next or
 * previous link or section, scrolling through a long stretch of text at most 0.8 of a screen per press before
 * moving on; Enter follows a link (a contents link then focuses its section). At either end the keys do what they
 * always do, and Tab is untouched, so focus is never trapped. `finishSmoothScroll` ends a smooth jump (a clicked
 * in-page link) at its destination before a press is decided, and says whether one was under way.
 */
export function initRemoteNavigation(finishSmoothScroll: () => boolean): void {
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // keyCode too: TV browsers older than Chrome 51 have no event.key.
    const forward = event.key === "ArrowDown" || event.keyCode === 40;
    if (!forward && event.key !== "ArrowUp" && event.keyCode !== 38) return;
    const interrupted = finishSmoothScroll() || framesToHold > 0;
    const move = nextMove(forward);
    if (move !== null) {
      event.preventDefault();
      if (move === "scroll") scrollInstantly((forward ? STEP : -STEP) * window.innerHeight);
      else show(move);
    }
    if (interrupted) hold();
  });
  // After following an in-page link, focus the section it leads to, so that the next ArrowDown continues there.
  const focusTarget = () => {
    const target = document.getElementById(fragmentId(location.hash));
    const stop = target && target.closest<HTMLElement>("[data-remote-stop]");
    if (stop && document.activeElement !== stop) stop.focus({ preventScroll: true });
  };
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("a[href^='#']")) requestAnimationFrame(focusTarget);
  });
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
}
