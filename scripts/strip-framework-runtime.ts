import type { Comment, Element, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
// Our own script, rendered by the root layout: the only external script a page may keep.
import { SITE_SCRIPT_PREFIX } from "../lib/http/routes";

/**
 * Removes the Next.js/React client runtime from a prerendered page, which is complete without it, and proves that
 * what is left needs no runtime and passes the Content-Security-Policy.
 *
 * The parser only locates what to remove: the removal cuts those elements' source ranges out of the original
 * string, so every other byte (React's attribute spelling such as `charSet`, its entity escapes, `<!-- -->` text
 * separators, self-closing slashes) is left exactly as Next wrote it. A rehype round trip would rewrite all of that.
 *
 * Removal only touches what is recognisably Next's; the check afterwards rejects anything else that would run or
 * fetch script. So a Next upgrade that changes its markup fails the build instead of shipping the runtime, or a page
 * that silently lacks what the runtime would have filled in.
 */
export class FrameworkRuntimeError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`strip-framework-runtime: ${file}: ${problems.join("; ")}`);
    this.name = "FrameworkRuntimeError";
  }
}

export type StripOptions = {
  /** For the error message: which file this HTML is. */
  file: string;
  /**
   * Next's built-in server-error page (`_global-error.html`, `pages/500.html`) styles itself inline and cannot be
   * changed from the app: its styles are left for the CSP to block (see scripts/postbuild.ts).
   */
  allowInlineStyles?: boolean;
};

/** Where Next serves its chunks; anything still pointing at a script there after stripping is a failure. */
const NEXT_SCRIPT_REFERENCE = /\/_next\/static\/[^"'\s)>]*?\.m?js\b/g;
/**
 * Next's inline bootstrap: the RSC flight data (`self.__next_f.push(…)`) and Turbopack's chunk registration
 * (`<script id="_R_">`). Deliberately narrow: an inline script Next starts writing in some later version is not
 * removed but reported, so that someone checks what it is for (React's `$RC` Suspense swaps, for instance, mean
 * content would be missing without the runtime).
 */
const NEXT_BOOTSTRAP = [/^\s*\(?\s*self\.__next_f\b/, /^\s*\(?\s*globalThis\s*\[\s*["']TURBOPACK["']\s*\]/];

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(" ") : String(value);
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
}

function isJsonLd(element: Element): boolean {
  return attribute(element, "type")?.trim().toLowerCase() === "application/ld+json";
}

function isSiteScript(element: Element): boolean {
  return attribute(element, "src")?.startsWith(SITE_SCRIPT_PREFIX) === true && textOf(element).trim() === "";
}

function relTokens(element: Element): string[] {
  return (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
}

/** `<link rel="preload" as="script">` and `<link rel="modulepreload">`: a script fetch without a <script>. */
function isScriptPreload(element: Element): boolean {
  const rel = relTokens(element);
  return rel.includes("modulepreload") || (rel.includes("preload") && attribute(element, "as")?.toLowerCase() === "script");
}

/** React's Suspense boundary markers: `$` (completed), `/$` (end); `$?` pending and `$!` client-rendered are not. */
function isCompletedBoundaryMarker(node: RootContent): boolean {
  return node.type === "comment" && (node.value === "$" || node.value === "/$");
}

function isRemovable(element: Element): boolean {
  if (element.tagName === "script") {
    if (isJsonLd(element) || isSiteScript(element)) return false;
    const src = attribute(element, "src");
    if (src !== undefined) return src.startsWith("/_next/");
    const text = textOf(element);
    return NEXT_BOOTSTRAP.some((pattern) => pattern.test(text));
  }
  if (element.tagName === "link") {
    return isScriptPreload(element) && (attribute(element, "href")?.startsWith("/_next/") ?? false);
  }
  // The outlet Next streams late metadata into (`<div hidden><!--$--><!--/$--></div>` at the top of <body>). Only
  // removed when empty, i.e. all metadata is already in <head>; one with content is reported by findProblems.
  if (element.tagName === "div" && attribute(element, "hidden") !== undefined && Object.keys(element.properties).length === 1) {
    return element.children.length > 0 && element.children.every(isCompletedBoundaryMarker);
  }
  return false;
}

function parse(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

function describe(element: Element): string {
  const attributes = Object.entries(element.properties)
    .map(([name, value]) => `${name}=${JSON.stringify(Array.isArray(value) ? value.join(" ") : value)}`)
    .join(" ");
  const text = textOf(element).trim();
  const excerpt = text === "" ? "" : ` containing ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}`;
  return `<${element.tagName}${attributes === "" ? "" : ` ${attributes}`}>${excerpt}`;
}

/** What, in a page meant to work with no framework runtime, would still load or need one, or break the CSP. */
function findProblems(html: string, options: StripOptions): string[] {
  const problems: string[] = [];
  const tree = parse(html);
  visit(tree, (node) => {
    if (node.type === "comment") {
      const value = (node as Comment).value;
      if (value === "$?" || value === "$!") {
        problems.push(`a Suspense boundary still waiting for the runtime (<!--${value}-->): its content is streamed in by script`);
      }
      return;
    }
    if (node.type !== "element") return;
    const element = node as Element;
    const { tagName } = element;
    if (tagName === "script" && !isJsonLd(element) && !isSiteScript(element)) {
      problems.push(`a script that is neither JSON-LD nor ${SITE_SCRIPT_PREFIX}*.js: ${describe(element)}`);
    }
    if (tagName === "link" && isScriptPreload(element) && !attribute(element, "href")?.startsWith(SITE_SCRIPT_PREFIX)) {
      problems.push(`a script preload: ${describe(element)}`);
    }
    if (tagName === "template") problems.push(`a <template> (React parks streamed content in these): ${describe(element)}`);
    const id = attribute(element, "id");
    if (id !== undefined && /^[SBP]:/.test(id)) {
      problems.push(`streamed content that only the runtime moves into place: ${describe(element)}`);
    }
    if (
      tagName === "div" &&
      attribute(element, "hidden") !== undefined &&
      element.children.some(isCompletedBoundaryMarker) &&
      element.children.some((child) => child.type === "element" || (child.type === "text" && child.value.trim() !== ""))
    ) {
      problems.push(`a hidden streaming outlet with content (streamed metadata?): ${describe(element)}`);
    }
    if (tagName === "style" && !options.allowInlineStyles) {
      problems.push("an inline <style> element (the CSP's style-src has no 'unsafe-inline')");
    }
    for (const name of Object.keys(element.properties)) {
      // hast names handlers onClick, onLoad…; `on` + a lower-case letter covers unknown ones (onfoo) too.
      if (/^on[a-zA-Z]/.test(name)) problems.push(`an inline event handler ${name.toLowerCase()}="…" on <${tagName}>`);
      if (name === "style" && !options.allowInlineStyles) problems.push(`an inline style="…" on <${tagName}>`);
      const value = attribute(element, name);
      if ((name === "href" || name === "src" || name === "action" || name === "formAction") && value?.trim().toLowerCase().startsWith("javascript:")) {
        problems.push(`a javascript: URL in ${name} on <${tagName}>`);
      }
    }
  });
  // Over the raw text rather than the tree: also catches references in attributes this check does not know of.
  for (const reference of new Set(html.match(NEXT_SCRIPT_REFERENCE) ?? [])) {
    problems.push(`a reference to Next's script ${reference}`);
  }
  return problems;
}

/**
 * The page without Next's runtime: its chunk scripts, inline bootstrap and flight data, script preloads, the
 * noModule polyfill and the empty metadata outlet. Throws a FrameworkRuntimeError naming the file if anything is
 * left that would need or load a runtime, or that the CSP forbids.
 */
export function stripFrameworkRuntime(html: string, options: StripOptions): string {
  const cuts: Array<{ start: number; end: number }> = [];
  const unlocated: string[] = [];
  visit(parse(html), "element", (element: Element) => {
    if (!isRemovable(element)) return;
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) {
      unlocated.push(`cannot locate ${describe(element)} in the source to remove it`);
      return;
    }
    cuts.push({ start, end });
    // Its children go with it.
    return "skip";
  });
  if (unlocated.length > 0) throw new FrameworkRuntimeError(options.file, unlocated);

  let output = "";
  let from = 0;
  for (const { start, end } of cuts.sort((a, b) => a.start - b.start)) {
    output += html.slice(from, start);
    from = end;
  }
  output += html.slice(from);

  const problems = findProblems(output, options);
  if (problems.length > 0) throw new FrameworkRuntimeError(options.file, problems);
  return output;
}
