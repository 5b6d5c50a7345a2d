import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

const shareUrl = "https://example.org/privacy";

describe("clause anchors without self-links", () => {
  it("keeps each clause's id and class but adds no # link", () => {
    expect(renderMarkdown("- Access your data {#s--access}\n", { clauseAnchors: { shareUrl, selfLinks: false } })).toBe(
      '<ul>\n<li id="s--access" class="clause">Access your data</li>\n</ul>',
    );
  });

  it("leaves the page's rendering unchanged by default", () => {
    expect(renderMarkdown("Text. {#s--text}\n", { clauseAnchors: { shareUrl } })).toContain('class="clause-anchor"');
  });
});

describe("absolute links", () => {
  it("resolves site paths and fragments against the base, and leaves other schemes alone", () => {
    const html = renderMarkdown("[a](/contact) [b](#cookies) [c](/privacy/cookies#x) [d](mailto:a@example.org) [e](https://other.example/)\n", {
      absoluteLinksBase: shareUrl,
    });
    expect(html).toBe(
      '<p><a href="https://example.org/contact">a</a> <a href="https://example.org/privacy#cookies">b</a> <a href="https://example.org/privacy/cookies#x">c</a> <a href="mailto:a@example.org">d</a> <a href="https://other.example/">e</a></p>',
    );
  });

  it("never turns a removed unsafe link into a working one", () => {
    expect(renderMarkdown("[x](javascript:alert(1))\n", { absoluteLinksBase: shareUrl })).toBe("<p><a>x</a></p>");
  });
});
