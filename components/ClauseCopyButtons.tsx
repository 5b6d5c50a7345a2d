"use client";

import { useEffect } from "react";
import { CONFIRMATION_MS, copyToClipboard } from "@/lib/browser/copy-to-clipboard";

/**
 * Adds a "Copy link" button after each clause's anchor link. The clauses come from rendered Markdown, which React
 * does not manage, so the buttons are added to the DOM here, once JavaScript runs, and removed on unmount.
 */
export function ClauseCopyButtons() {
  useEffect(() => {
    const added: HTMLElement[] = [];
    const timers = new Set<ReturnType<typeof setTimeout>>();
    for (const anchor of document.querySelectorAll<HTMLAnchorElement>("a.clause-anchor[data-share-url]")) {
      const url = anchor.dataset.shareUrl ?? anchor.href;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link";
      button.textContent = "Copy link";
      button.setAttribute("aria-label", "Copy link to this clause");
      const status = document.createElement("span");
      status.setAttribute("role", "status");
      status.className = "copy-status";
      button.addEventListener("click", async () => {
        status.textContent = (await copyToClipboard(url)) ? "Link copied" : "";
        const timer = setTimeout(() => {
          status.textContent = "";
          timers.delete(timer);
        }, CONFIRMATION_MS);
        timers.add(timer);
      });
      anchor.after(button, status);
      added.push(button, status);
    }
    return () => {
      for (const timer of timers) clearTimeout(timer);
      for (const element of added) element.remove();
    };
  }, []);
  return null;
}
