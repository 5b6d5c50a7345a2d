import { readFile } from "node:fs/promises";
import path from "node:path";

/** The site's colours (app/globals.css), for images drawn outside the stylesheet. */
export const BRAND_COLORS = {
  accent: "#0b57c2",
  text: "#1d2430",
  dark: "#12161c",
  /** Text and link colours of the dark theme: legible on `dark`. */
  darkText: "#e6e9ee",
  darkMuted: "#aab3bf",
  darkLink: "#8ab8ff",
} as const;

/** Open Graph and Twitter's large summary card size. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * app/icon.svg as a data: URI, so the generated images (apple-icon, Open Graph cards) draw the same mark as
 * the favicon from a single source.
 */
export async function brandIconDataUri(): Promise<string> {
  const svg = await readFile(path.join(process.cwd(), "app", "icon.svg"));
  return `data:image/svg+xml;base64,${svg.toString("base64")}`;
}

/** "https://smartsiptv.fr/privacy/cookies" → "smartsiptv.fr/privacy/cookies": an address as people read it. */
export function displayAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname === "/" ? "" : pathname}`;
}
