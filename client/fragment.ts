/** The element id a fragment names ("#a%20b" → "a b"); "" when it is malformed, so that no lookup ever throws. */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return "";
  }
}
