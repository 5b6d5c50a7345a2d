import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { type Policy, SOURCE_LANGUAGE } from "../policy";
import { dictionaryOf } from "./language";
import { absoluteUrl, localizedPath, pathsIn } from "./paths";
import rehypeAbsoluteLinks from "./rehype-absolute-links";
import rehypeClauseIds from "./rehype-clause-ids";
import rehypeClauseSelfLinks from "./rehype-clause-self-links";
import rehypeLocalizeLinks from "./rehype-localize-links";
import rehypePrintUrls from "./rehype-print-urls";

/**
 * GitHub's sanitising schema, plus the one attribute that carries a clause's id through it (set by the content
 * layer's remarkClauseIds, never by content: raw HTML is dropped by remark-rehype and refused by content:check).
 */
const schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    li: [...(defaultSchema.attributes?.li ?? []), "dataClause"],
    p: [...(defaultSchema.attributes?.p ?? []), "dataClause"],
  },
};

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize removes script URLs and anything
// else unsafe that Markdown syntax alone can produce. Everything after it adds only what we compute.
const toSafeHtmlTree = unified().use(remarkRehype).use(rehypeSanitize, schema).freeze();
const stringifier = unified().use(rehypeStringify).freeze();

/**
 * Where a piece of HTML is shown:
 * - "page": the site's pages: clause self-links (with the address to copy) and link addresses for print;
 * - "embed": the view for apps' WebViews and TVs: ids kept, no link UI to step through with a remote;
 * - "app": /privacy.json: as embed, with site links made absolute, since an app has no address to resolve them.
 */
export type HtmlVariant = "page" | "embed" | "app";

const safeTrees = new WeakMap<MdastRoot, HastRoot>();

/** The sanitised tree of a parsed Markdown document, with clause ids: made once per document, then shared. */
function safeTree(policy: Policy, markdown: MdastRoot): HastRoot {
  let tree = safeTrees.get(markdown);
  if (!tree) {
    // remark-rehype reads the Markdown tree without changing it; the model stays as the content layer made it.
    tree = toSafeHtmlTree.runSync(markdown);
    rehypeClauseIds({ retiredAnchors: policy.retiredAnchors })(tree);
    safeTrees.set(markdown, tree);
  }
  return tree;
}

/**
 * Where the document is shown: the page whose anchors its clause links share (the policy in its language, or a
 * version's own page, /privacy/versions/DATE, so that a clause copied there cites that version).
 */
type HtmlOptions = { pagePath?: string };

/** A document's HTML tree as shown in `variant`: a fresh copy, the caller may keep it. */
export function htmlTree(policy: Policy, markdown: MdastRoot, variant: HtmlVariant, { pagePath }: HtmlOptions = {}): HastRoot {
  const tree = structuredClone(safeTree(policy, markdown));
  const paths = pathsIn(policy.language);
  const policyUrl = absoluteUrl(policy.metadata.siteUrl, paths.policy);
  if (policy.language !== SOURCE_LANGUAGE) rehypeLocalizeLinks({ localize: (sitePath) => localizedPath(policy.language, sitePath) })(tree);
  if (variant === "page") {
    const words = dictionaryOf(policy.language);
    rehypePrintUrls({ siteUrl: policy.metadata.siteUrl })(tree);
    rehypeClauseSelfLinks({ shareUrl: absoluteUrl(policy.metadata.siteUrl, pagePath ?? paths.policy), label: words.linkToClause, copyLabel: words.copyLinkToClause })(tree);
  } else if (variant === "app") {
    rehypeAbsoluteLinks({ base: policyUrl })(tree);
  }
  return tree;
}

/** A document's HTML as shown in `variant`. */
export function renderHtml(policy: Policy, markdown: MdastRoot, variant: HtmlVariant, options: HtmlOptions = {}): string {
  return String(stringifier.stringify(htmlTree(policy, markdown, variant, options))).trim();
}
