"use client";

import { useEffect, useState } from "react";
import { CONFIRMATION_MS, copyToClipboard } from "@/lib/browser/copy-to-clipboard";
import { useIsClient } from "@/lib/browser/use-is-client";

/**
 * "Copy link" for a section heading. Rendered only once JavaScript runs, so a reader without it never meets a
 * button that does nothing; the heading's anchor link works either way.
 */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
  const isClient = useIsClient();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  if (!isClient) return null;
  return (
    <>
      <button type="button" className="copy-link" aria-label={label} onClick={async () => setCopied(await copyToClipboard(url))}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {copied ? "Link copied" : ""}
      </span>
    </>
  );
}
