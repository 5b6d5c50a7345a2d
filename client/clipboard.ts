/**
 * Copies text: with the async Clipboard API where there is one, else (older TV browsers, pages not served over
 * HTTPS, a refused permission) through a hidden textarea and execCommand("copy").
 */
export function copyText(text: string): Promise<boolean> {
  // lib.dom says it is always there; it is not on old browsers or outside a secure context.
  const clipboard: Clipboard | undefined = navigator.clipboard;
  // Without the API, copy now, inside the click: old browsers allow execCommand("copy") only during the gesture.
  if (!clipboard) return Promise.resolve(execCopy(text));
  return clipboard.writeText(text).then(
    () => true,
    () => execCopy(text),
  );
}

function execCopy(text: string): boolean {
  const focused = document.activeElement;
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  // Style properties, not a style attribute: the pages' CSP (style-src 'self') blocks the attribute, not the CSSOM.
  field.style.position = "fixed";
  field.style.top = "0";
  field.style.opacity = "0";
  document.body.appendChild(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    // Some browsers throw instead of returning false.
  }
  document.body.removeChild(field);
  // select() took focus into the field: give it back (to the button), or keyboard and remote users lose their place.
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}
