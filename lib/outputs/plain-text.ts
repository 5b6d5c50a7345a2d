import type { Element, ElementContent, Root, RootContent } from "hast";

/**
 * Plain text from the sanitised HTML tree of a section: what the page says, written so that it reads as is
 * without HTML (in a text file, a TV app's text view, a screen reader's clipboard).
 *
 * - blocks (paragraphs, lists) are separated by a blank line; list items are "- " lines ("1. " when ordered),
 *   nested lists indented by two spaces;
 * - a link is its text followed by its address in brackets, "Contact Page (https://smartsiptv.fr/contact)",
 *   unless the text already is the address ("support@smartsiptv.fr");
 * - runs of whitespace are one space, as a browser shows them.
 *
 * The text is made from the same tree as the HTML, so it cannot drift from the page.
 */
export function hastToText(tree: Root | Element, options: TextOptions = WITH_ADDRESSES): string {
  return blocks(tree.children, "", options).join("\n\n");
}

/** Whether links are followed by their address: yes in text files, no where only words fit (descriptions). */
export type TextOptions = { linkAddresses: boolean };
const WITH_ADDRESSES: TextOptions = { linkAddresses: true };

/** The text of a clause (a paragraph or list item) alone, without its nested lists and without the "- " marker. */
export function clauseText(element: Element): string {
  return ownInlineText(element, WITH_ADDRESSES);
}

/** Clause elements (`p` or `li` with class "clause" and an id) in reading order. */
export function clauseElements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      const classes = node.properties.className;
      if (typeof node.properties.id === "string" && Array.isArray(classes) && classes.includes("clause")) found.push(node);
      walk(node.children);
    }
  };
  walk(tree.children);
  return found;
}

const LIST_TAGS = new Set(["ul", "ol"]);
const PARAGRAPH = new Set(["p"]);
const BLOCK_TAGS = new Set(["p", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "div"]);

function isElement(node: RootContent | ElementContent, tags: ReadonlySet<string>): node is Element {
  return node.type === "element" && tags.has(node.tagName);
}

/** Block-level text: one string per block, each line prefixed with `indent`. */
function blocks(nodes: readonly (RootContent | ElementContent)[], indent: string, options: TextOptions): string[] {
  const result: string[] = [];
  let inline: (RootContent | ElementContent)[] = [];
  const flushInline = () => {
    const text = inlineText(inline, options);
    if (text !== "") result.push(indent + text);
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === "element" && BLOCK_TAGS.has(node.tagName)) {
      flushInline();
      const text = block(node, indent, options);
      if (text !== "") result.push(text);
    } else if (node.type === "text" || node.type === "element") {
      inline.push(node);
    }
  }
  flushInline();
  return result;
}

function block(element: Element, indent: string, options: TextOptions): string {
  if (LIST_TAGS.has(element.tagName)) return list(element, indent, options);
  if (element.tagName === "hr") return `${indent}---`;
  if (element.tagName === "pre") return textContent(element).replace(/\n$/, "").split("\n").map((line) => indent + line).join("\n");
  if (element.tagName === "blockquote") return blocks(element.children, `${indent}> `, options).join(`\n${indent}>\n`);
  return blocks(element.children, indent, options).join("\n\n");
}

function list(element: Element, indent: string, options: TextOptions): string {
  const ordered = element.tagName === "ol";
  const start = typeof element.properties.start === "number" ? element.properties.start : 1;
  const items = element.children.filter((child): child is Element => child.type === "element" && child.tagName === "li");
  return items
    .map((item, index) => {
      const marker = ordered ? `${start + index}. ` : "- ";
      const own = ownInlineText(item, options);
      const nested = item.children.filter((child) => isElement(child, LIST_TAGS)).map((child) => list(child, `${indent}  `, options));
      // Further paragraphs of a loose item continue under it, indented like its text.
      const paragraphs = item.children.filter((child) => isElement(child, PARAGRAPH)).slice(1);
      const more = paragraphs.map((paragraph) => `${indent}  ${inlineText(paragraph.children, options)}`);
      return [`${indent}${marker}${own}`, ...more, ...nested].join("\n");
    })
    .join("\n");
}

/** A clause's own words: the inline content of a paragraph, or of a list item before any nested block. */
function ownInlineText(element: Element, options: TextOptions): string {
  const first = element.children.find((child) => (child.type === "element" && child.children.length > 0) || (child.type === "text" && child.value.trim() !== ""));
  if (element.tagName === "li" && first?.type === "element" && first.tagName === "p") return inlineText(first.children, options);
  const end = element.children.findIndex((child) => child.type === "element" && BLOCK_TAGS.has(child.tagName));
  return inlineText(end === -1 ? element.children : element.children.slice(0, end), options);
}

function inlineText(nodes: readonly (RootContent | ElementContent)[], options: TextOptions): string {
  return nodes
    .map((node) => inlinePart(node, options))
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f]+/g, " ").trim())
    .join("\n")
    .trim();
}

function inlinePart(node: RootContent | ElementContent, options: TextOptions): string {
  if (node.type === "text") return node.value.replace(/\s+/g, " ");
  if (node.type !== "element") return "";
  if (node.tagName === "br") return "\n";
  if (node.tagName === "img") return typeof node.properties.alt === "string" ? node.properties.alt : "";
  const text = node.children.map((child) => inlinePart(child, options)).join("");
  if (node.tagName !== "a" || typeof node.properties.href !== "string" || !options.linkAddresses) return text;
  return linkText(text.replace(/\s+/g, " ").trim(), node.properties.href);
}

/** "Contact Page (https://…/contact)"; the text alone when it already says where the link goes. */
export function linkText(text: string, href: string): string {
  const address = href.startsWith("mailto:") ? safeDecode(href.slice("mailto:".length).split("?")[0] ?? "") : href;
  if (text === "" || text === address || text === href) return address;
  return `${text} (${address})`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function textContent(node: RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  return node.children.map(textContent).join("");
}
