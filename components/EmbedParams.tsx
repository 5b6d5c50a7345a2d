"use client";

import { useLayoutEffect } from "react";
import { EMBED_PATH, embedQuery, parseEmbedParams } from "@/lib/embed/embed-params";

/**
 * Applies the embed view's ?theme= and ?size= to <html> (as data-theme / data-size, which embed.css styles).
 * Read in the browser, not on the server, so that the embed pages stay prerendered; without JavaScript the
 * defaults apply and the text is all there. Links to other embed pages keep the parameters.
 */
export function EmbedParams() {
  useLayoutEffect(() => {
    const params = parseEmbedParams(window.location.search);
    const root = document.documentElement;
    if (params.theme) root.dataset.theme = params.theme;
    if (params.size) root.dataset.size = params.size;
    const query = embedQuery(params);
    if (query !== "") {
      for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[href^="${EMBED_PATH}"]`)) {
        const url = new URL(link.href);
        if (url.search === "") link.href = `${url.pathname}${query}${url.hash}`;
      }
    }
    // Says the parameters are in force (and the remote-control keys listening): what tests and app wrappers wait for.
    root.dataset.embedReady = "";
    return () => {
      delete root.dataset.theme;
      delete root.dataset.size;
      delete root.dataset.embedReady;
    };
  }, []);
  return null;
}
