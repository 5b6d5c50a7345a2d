import type { Root } from "hast";
import { visit } from "unist-util-visit";

export type LocalizeLinkOptions = {
  /** The site path → the same page in the document's language, e.g. /privacy#contact → /fr/privacy#contact. */
  localize: (sitePath: string) => string;
};

/**
 * Keeps a translated document's links in its language: a root-relative link to the site (/privacy/cookies) leads to
 * the same page in that language. Fragments, absolute URLs and mailto: links are left as written; the anchors are
 * the same in every language, so a fragment lands either way.
 */
export default function rehypeLocalizeLinks({ localize }: LocalizeLinkOptions) {
  return (tree: Root) => {
    visit(tree, "element", (element) => {
      const href = element.properties.href;
      if (element.tagName !== "a" || typeof href !== "string" || !href.startsWith("/") || href.startsWith("//")) return;
      element.properties.href = localize(href);
    });
  };
}
