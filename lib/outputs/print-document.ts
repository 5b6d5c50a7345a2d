import type { Element, Root } from "hast";
import { h } from "hastscript";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import type { Policy } from "../policy";
import { dictionaryOf, formatDate } from "./language";
import { absoluteUrl, pathsIn } from "./paths";
import { renderHtml } from "./section-html";

/** What Chromium prints a version from: the document, its footer on every page, and the PDF's title. */
export type PrintDocument = { html: string; footerTemplate: string; title: string };

const stringifier = unified().use(rehypeStringify).freeze();
const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();

/**
 * A version of the policy as one HTML document for print, in the site's own markup and print stylesheet (`css`):
 * the same rendered sections as its page, each with its permanent address under its heading (paper has no
 * links), and the dates and, for a translation, what it translates. Pure: the PDF command (scripts/) prints it.
 */
export function printDocument(policy: Policy, css: string): PrintDocument {
  const { metadata, version, sections, language, translation } = policy;
  const words = dictionaryOf(language);
  const paths = pathsIn(language);
  const pagePath = paths.version(version.effective);
  const effective = formatDate(version.effective, language);
  const title = words.versionPageTitle(metadata.title, words.theVersionOf(effective), false, metadata.organization);
  const section = (item: Policy["sections"][number]): Element =>
    h("section.policy-section", { id: item.id }, [
      h("div.section-heading", [h("h2", [h("span.section-number", `${item.number}.`), ` ${item.title}`])]),
      h("p.print-address", absoluteUrl(metadata.siteUrl, `${pagePath}#${item.id}`)),
      h("div.prose", fragmentParser.parse(renderHtml(policy, item.tree, "page", { pagePath })).children),
    ]);
  const tree: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: language }, [
        h("head", [h("meta", { charset: "utf-8" }), h("title", title), h("style", css)]),
        h("body", [
          h("main.print-document", [
            h("header.page-header", [
              h("h1", metadata.title),
              h("p", metadata.organization),
              h("div.page-dates", [
                h("p.last-updated", `${words.lastUpdated} ${formatDate(metadata.updated, language)}`),
                h("p.effective-date", `${words.effective} ${effective}`),
              ]),
              h("p.print-address", absoluteUrl(metadata.siteUrl, pagePath)),
              translation ? h("p.translation-notice", `${words.translationNotice(words.languageNamed(translation.prevails))}${translation.approved ? "" : ` ${words.notApproved}`}`) : null,
            ]),
            h("article.policy", sections.map(section)),
          ]),
        ]),
      ]),
    ],
  };
  // Chromium draws the footer apart from the page, without its stylesheet: its style is inline, and it is no page of the site.
  const footer = h(
    "div",
    { style: "width:100%;margin:0 18mm;display:flex;justify-content:space-between;font:8pt system-ui,sans-serif;color:#333" },
    [h("span", `${metadata.title} · ${words.effective} ${effective}`), h("span", words.pdfPageOf("{page}", "{total}"))],
  );
  const footerTemplate = String(stringifier.stringify({ type: "root", children: [footer] }))
    .replace("{page}", '<span class="pageNumber"></span>')
    .replace("{total}", '<span class="totalPages"></span>');
  return { html: String(stringifier.stringify(tree)), footerTemplate, title };
}
