import type { Root } from "hast";
import { visit } from "unist-util-visit";

export type AbsoluteLinkOptions = {
  /** The URL site-relative links are resolved against, e.g. https://smartsiptv.fr/privacy (so `#cookies` → /privacy#cookies). */
  base: string;
};

/**
 * Makes every site-relative link absolute. The policy's own pages can use /contact or #cookies, but a copy read in
 * an app or saved as a file has no address of its own to resolve them against. Runs after rehype-sanitize, which
 * has already kept only safe schemes; absolute and mailto: links are left as written.
 */
export default function rehypeAbsoluteLinks({ base }: AbsoluteLinkOptions) {
  return (tree: Root) => {
    visit(tree, "element", (element) => {
      const href = element.properties.href;
      if (element.tagName !== "a" || typeof href !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(href)) return;
      element.properties.href = new URL(href, base).href;
    });
  };
}
