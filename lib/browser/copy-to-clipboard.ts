/**
 * Copies text to the clipboard. Falls back to a hidden textarea and execCommand where the async Clipboard API
 * is missing or refused (older TV browsers, pages not served over HTTPS).
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.append(field);
    field.select();
    const copied = document.execCommand("copy");
    field.remove();
    return copied;
  }
}

/** How long "Link copied" stays on screen. */
export const CONFIRMATION_MS = 2500;
