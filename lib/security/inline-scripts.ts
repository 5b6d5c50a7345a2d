import { createHash } from "node:crypto";

/** An inline `<script>` of a prerendered page: its attributes and its text exactly as written in the HTML. */
export type InlineScript = { attributes: ReadonlyMap<string, string>; text: string };

// Next writes its HTML itself (React's serializer), so a tag-level scan is enough: script text cannot hold
// "</script" (React escapes "<" in its payloads as \u003c), and attribute values are always quoted.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name !== undefined && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/** Every `<script>` element without `src`, in document order. */
export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = parseAttributes(match[1] ?? "");
    if (!attributes.has("src")) scripts.push({ attributes, text: match[2] ?? "" });
  }
  return scripts;
}

/** The JavaScript MIME type essences of the HTML standard: a script with one of these `type`s is run as a classic script. */
const JAVASCRIPT_TYPES = new Set([
  "application/ecmascript",
  "application/javascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
]);
/** Not JavaScript, but inline ones are still subject to script-src (Chromium checks them like scripts). */
const OTHER_CHECKED_TYPES = new Set(["module", "importmap", "speculationrules"]);

/**
 * Whether the browser runs the script (and so whether CSP's script-src must allow it). Any other `type`, such as
 * `application/ld+json`, makes a data block that is never executed: CSP does not apply to it, and its hash
 * need not (and should not) be allowed.
 */
export function isExecutable(script: InlineScript): boolean {
  const type = script.attributes.get("type");
  if (type === undefined || type.trim() === "") return true;
  const essence = type.split(";")[0]?.trim().toLowerCase() ?? "";
  return JAVASCRIPT_TYPES.has(essence) || OTHER_CHECKED_TYPES.has(essence);
}

/**
 * The CSP source expression for a script's text, `'sha256-…'`. The browser hashes the script's text as it is in
 * the DOM, where the HTML parser has already turned every CR LF and lone CR into LF: so does this.
 */
export function scriptHashSource(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalized, "utf8").digest("base64")}'`;
}

/** The hash sources of a page's executable inline scripts, without repeats, in document order. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).filter(isExecutable).map((script) => scriptHashSource(script.text)))];
}

/**
 * What in a page CSP would block besides scripts, described for a build error: inline `<style>` elements and
 * `style="…"` attributes (style-src 'self' has no 'unsafe-inline'), and event-handler attributes (`onclick="…"`),
 * which no hash can allow without 'unsafe-hashes'.
 */
export function inlineCodeOtherThanScripts(html: string): string[] {
  // Script text is not markup: leave it out so that a payload mentioning "style=" is not mistaken for an attribute.
  const markup = html.replace(SCRIPT, "<script>");
  const found: string[] = [];
  if (/<style\b/i.test(markup)) found.push("an inline <style> element");
  const tags = markup.match(/<[a-z][^\s>/]*(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/gi) ?? [];
  const attributes = new Set(tags.flatMap((tag) => [...parseAttributes(tag.replace(/^<[^\s>]+|\/?>$/g, "")).keys()]));
  if (attributes.has("style")) found.push('a style="…" attribute');
  for (const name of attributes) if (/^on[a-z]+$/.test(name)) found.push(`an event-handler attribute ${name}="…"`);
  return found;
}
