/** The embed view lives at /privacy/embed: a static segment beside the section ids, which must never be "embed". */
export const EMBED_SEGMENT = "embed";
export const EMBED_PATH = `/privacy/${EMBED_SEGMENT}`;

export type EmbedTheme = "light" | "dark";
export type EmbedSize = "tv";
/** null: the default (the device's colour scheme; the normal type size). */
export type EmbedParams = { theme: EmbedTheme | null; size: EmbedSize | null };

const THEMES: readonly EmbedTheme[] = ["light", "dark"];
const SIZES: readonly EmbedSize[] = ["tv"];

function pick<T extends string>(allowed: readonly T[], value: string | null): T | null {
  const normalized = value?.trim().toLowerCase();
  return allowed.find((candidate) => candidate === normalized) ?? null;
}

/**
 * The embed view's parameters from a query string (`?theme=dark&size=tv`). An app builds this URL once and may
 * get it slightly wrong: any value other than the known ones is the default, never an error.
 */
export function parseEmbedParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  return { theme: pick(THEMES, query.get("theme")), size: pick(SIZES, query.get("size")) };
}

/** The canonical query string for parameters ("" for the defaults), carried on links between embed pages. */
export function embedQuery({ theme, size }: EmbedParams): string {
  const query = new URLSearchParams();
  if (theme) query.set("theme", theme);
  if (size) query.set("size", size);
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}
