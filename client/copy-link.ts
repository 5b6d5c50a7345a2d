import { copyText } from "./clipboard";

/** How long "Link copied" stays on screen. */
const CONFIRMATION_MS = 2500;

/**
 * A "Copy link" button, and its status, right after each anchor that carries a share URL (section headings,
 * clauses). Added by the script, not in the HTML, so that a reader without JavaScript never meets a button that
 * does nothing. The status is an empty live region from the start: screen readers announce text put into an
 * existing one, not a region that appears with its text. DOM methods only: the pages enforce Trusted Types.
 */
export function initCopyLinks(root: HTMLElement): void {
  const buttonText = root.dataset.copyText || "Copy link";
  const copiedText = root.dataset.copiedText || "Link copied";
  for (const anchor of Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-share-url]"))) {
    const url = anchor.dataset.shareUrl || anchor.href;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = buttonText;
    const label = anchor.dataset.copyLabel;
    if (label) button.setAttribute("aria-label", label);
    const status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "copy-status";
    let timer = 0;
    button.addEventListener("click", () => {
      copyText(url).then((copied) => {
        status.textContent = copied ? copiedText : "";
        // A second click restarts the wait instead of an older timer clearing the new confirmation early.
        clearTimeout(timer);
        timer = window.setTimeout(() => (status.textContent = ""), CONFIRMATION_MS);
      });
    });
    // insertBefore rather than after(): the latter is missing from TV browsers older than Chrome 54.
    const parent = anchor.parentNode;
    if (!parent) continue;
    parent.insertBefore(status, anchor.nextSibling);
    parent.insertBefore(button, status);
  }
}
