/**
 * The site's only script: small enhancements of the server-rendered HTML, which works without it. No framework:
 * plain DOM, bundled and minified by scripts/build-client.ts (budget: 4 kB gzip).
 *
 * - copy-link: a "Copy link" button after each anchor with a share URL;
 * - scrollspy: the table of contents marks the section in view;
 * - smooth-scroll: smooth scrolling for clicks on in-page links only;
 * - language-link: the link to the other language keeps the section or clause in the address;
 * - in the embed view (.embed): its ?theme= / ?size= parameters and TV remote navigation, then data-embed-ready.
 */
import { initCopyLinks } from "./copy-link";
import { applyEmbedParams } from "./embed-params";
import { initLanguageLinks } from "./language-link";
import { initRemoteNavigation } from "./remote-navigation";
import { initScrollspy } from "./scrollspy";
import { initSmoothScroll } from "./smooth-scroll";

/** Runs one enhancement; if it throws (an API an old browser lacks), the others still run, and the error is still reported. */
function attempt(enhance: () => void): void {
  try {
    enhance();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

function start(): void {
  const root = document.documentElement;
  const embed = document.querySelector(".embed") !== null;
  let finishSmoothScroll = () => false;
  attempt(() => (finishSmoothScroll = initSmoothScroll(root, embed)));
  attempt(() => initCopyLinks(root));
  attempt(initScrollspy);
  attempt(initLanguageLinks);
  if (embed) {
    attempt(() => applyEmbedParams(root));
    attempt(() => initRemoteNavigation(() => finishSmoothScroll()));
    // The parameters are in force and the remote keys listening: what tests and app wrappers wait for.
    root.setAttribute("data-embed-ready", "");
  }
}

// Loaded with `defer`, the document is parsed by now; if it is ever loaded otherwise, wait for it.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
