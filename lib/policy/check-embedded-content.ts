import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/** How a piece of raw HTML is named in a message: its first tag (`<script>`), or a comment. */
function describeHtml(html: string): string {
  const trimmed = html.trim();
  if (trimmed.startsWith("<!--")) return "<!-- comment -->";
  const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(trimmed)?.[1];
  return tag === undefined ? JSON.stringify(trimmed.slice(0, 30)) : `<${tag.toLowerCase()}>`;
}

/**
 * What content:check refuses in a page's Markdown, besides its links (check-link.ts):
 *
 * - raw HTML, one message per kind of tag (a closing tag alone, `</script>`, is named like its opening tag). The
 *   renderer drops it anyway and sanitises what is left (lib/outputs/section-html.ts), so it can never reach a
 *   reader; but an editor who wrote `<script>`, an `onerror=` attribute, an `<iframe>` or a `<style>` expected
 *   something the page will not do, and should hear so before publishing rather than find text missing;
 * - an image from another site: it would make every reader's browser contact that site (a tracking pixel works
 *   just so). The page's Content-Security-Policy (img-src 'self') would block it as well.
 */
export function checkEmbeddedContent(tree: Root): string[] {
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });
  const html: string[] = [];
  const imageUrls: string[] = [];
  visit(tree, (node) => {
    if (node.type === "html") html.push(node.value);
    else if (node.type === "image") imageUrls.push(node.url);
    else if (node.type === "imageReference") {
      const url = definitions.get(node.identifier);
      if (url !== undefined) imageUrls.push(url);
    }
  });
  const problems = [...new Set(html.map(describeHtml))].map(
    (kind) => `raw HTML ${kind} is not allowed — write the text in Markdown; HTML would be dropped from the page`,
  );
  for (const url of imageUrls) {
    if (!url.startsWith("/") || url.startsWith("//")) {
      problems.push(`image ${JSON.stringify(url)} is not on this site — remove it: the policy page loads nothing from other sites, so that no one learns who reads it`);
    }
  }
  return problems;
}

/** Every URL a Markdown tree points at (links, link definitions, images), in document order. */
export function linkUrls(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition" || node.type === "image") urls.push(node.url);
  });
  return urls;
}
