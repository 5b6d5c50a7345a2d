import type { Element, ElementContent, Properties, Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeAbsoluteLinks from "@/lib/outputs/rehype-absolute-links";
import rehypeClauseIds from "@/lib/outputs/rehype-clause-ids";
import rehypeClauseSelfLinks from "@/lib/outputs/rehype-clause-self-links";
import rehypePrintUrls from "@/lib/outputs/rehype-print-urls";

// Each plugin is a small transform of a hast tree: plugin(options)(tree). Trees are written by hand here; the
// fixtures of section-html.test.ts show them together on parsed Markdown.
const h = (tagName: string, properties: Properties, ...children: (ElementContent | string)[]): Element => ({
  type: "element",
  tagName,
  properties,
  children: children.map((child) => (typeof child === "string" ? { type: "text", value: child } : child)),
});
const root = (...children: Element[]): Root => ({ type: "root", children });
const html = (tree: Root) => String(unified().use(rehypeStringify).stringify(tree));

describe("rehypeClauseIds", () => {
  const run = (tree: Root, retired: [string, string[]][] = []) => {
    rehypeClauseIds({ retiredAnchors: new Map(retired) })(tree);
    return html(tree);
  };

  it("turns data-clause into the element's id and class, with an empty anchor per retired id", () => {
    expect(run(root(h("li", { dataClause: "s--new" }, "Words")), [["s--new", ["s--old", "s--older"]]])).toBe(
      '<li id="s--new" class="clause"><span id="s--old" class="anchor-alias"></span><span id="s--older" class="anchor-alias"></span>Words</li>',
    );
  });

  it("drops a data-clause that is not a clause id, and gives no id", () => {
    expect(run(root(h("p", { dataClause: "Not Valid" }, "Words"), h("p", { dataClause: "no-prefix" }, "More")))).toBe("<p>Words</p><p>More</p>");
  });

  it("leaves elements without data-clause alone", () => {
    expect(run(root(h("p", { id: "user-content-x" }, "Words")))).toBe('<p id="user-content-x">Words</p>');
  });
});

describe("rehypeClauseSelfLinks", () => {
  const run = (tree: Root) => {
    rehypeClauseSelfLinks({ shareUrl: "https://example.org/privacy", label: "Link to this clause", copyLabel: "Copy link to this clause" })(tree);
    return html(tree);
  };
  const selfLink = (id: string) =>
    `<a href="#${id}" class="clause-anchor" aria-label="Link to this clause" data-share-url="https://example.org/privacy#${id}" data-copy-label="Copy link to this clause">#</a>`;

  it("adds a # link after a clause's own words, before its nested list", () => {
    const tree = root(h("li", { id: "s--a", className: ["clause"] }, "Parent ", h("ul", {}, h("li", {}, "Child")), "\n"));
    expect(run(tree)).toBe(`<li id="s--a" class="clause">Parent  ${selfLink("s--a")}<ul><li>Child</li></ul>\n</li>`);
  });

  it("puts the link inside a loose item's first paragraph, after any retired-anchor span", () => {
    const tree = root(
      h("li", { id: "s--a", className: ["clause"] }, h("span", { id: "s--old", className: ["anchor-alias"] }), "\n", h("p", {}, "First"), h("p", {}, "Second")),
    );
    expect(run(tree)).toBe(`<li id="s--a" class="clause"><span id="s--old" class="anchor-alias"></span>\n<p>First ${selfLink("s--a")}</p><p>Second</p></li>`);
  });

  it("links only clauses: an element with an id but no clause class gets nothing", () => {
    expect(run(root(h("p", { id: "x" }, "Words")))).toBe('<p id="x">Words</p>');
  });
});

describe("rehypePrintUrls", () => {
  const run = (...links: Element[]) => {
    const tree = root(h("p", {}, ...links));
    rehypePrintUrls({ siteUrl: "https://example.org" })(tree);
    return html(tree);
  };

  it("writes the absolute address of a site link whose text does not show it", () => {
    expect(run(h("a", { href: "/contact" }, "Contact Page"))).toBe('<p><a href="/contact" data-print-url="https://example.org/contact">Contact Page</a></p>');
  });

  it("leaves out links whose text already is the address", () => {
    expect(run(h("a", { href: "mailto:support@example.org" }, "support@example.org"), h("a", { href: "https://example.org/" }, " https://example.org/ "))).not.toContain(
      "data-print-url",
    );
  });

  it("shows the email address of a mail link with other text", () => {
    expect(run(h("a", { href: "mailto:support@example.org" }, "Email ", h("em", {}, "us")))).toContain('data-print-url="support@example.org"');
  });

  it("ignores links within the page and links the sanitiser emptied", () => {
    expect(run(h("a", { href: "#cookies" }, "Cookies"), h("a", {}, "x"))).toBe('<p><a href="#cookies">Cookies</a><a>x</a></p>');
  });
});

describe("rehypeAbsoluteLinks", () => {
  const run = (...hrefs: string[]) => {
    const tree = root(h("p", {}, ...hrefs.map((href) => h("a", { href }, "x"))));
    rehypeAbsoluteLinks({ base: "https://example.org/privacy" })(tree);
    return tree.children.flatMap((node) => (node.type === "element" ? node.children : [])).map((link) => (link.type === "element" ? link.properties.href : null));
  };

  it("resolves site paths and fragments against the base, and leaves absolute and mailto: links as written", () => {
    expect(run("/contact", "#cookies", "/privacy/cookies#x", "mailto:a@example.org", "https://other.example/", "HTTP://Other.example/a")).toEqual([
      "https://example.org/contact",
      "https://example.org/privacy#cookies",
      "https://example.org/privacy/cookies#x",
      "mailto:a@example.org",
      "https://other.example/",
      "HTTP://Other.example/a",
    ]);
  });

  it("leaves a link without an address without one", () => {
    const tree = root(h("a", {}, "x"));
    rehypeAbsoluteLinks({ base: "https://example.org/privacy" })(tree);
    expect(html(tree)).toBe("<a>x</a>");
  });
});
