import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

const render = (markdown: string) => renderMarkdown(markdown, { siteUrl: "https://example.org" });

describe("rehypePrintUrls", () => {
  it("writes the absolute address of a site link whose text does not show it", () => {
    expect(render("Visit our [Contact Page](/contact).")).toBe(
      '<p>Visit our <a href="/contact" data-print-url="https://example.org/contact">Contact Page</a>.</p>',
    );
  });

  it("leaves out links whose text already is the address", () => {
    expect(render("Write to [support@example.org](mailto:support@example.org) or [https://example.org/](https://example.org/).")).not.toContain(
      "data-print-url",
    );
  });

  it("shows the email address of a mail link with other text", () => {
    expect(render("[Email us](mailto:support@example.org)")).toContain('data-print-url="support@example.org"');
  });

  it("ignores links within the page", () => {
    expect(render("[Cookies](#cookies)")).toBe('<p><a href="#cookies">Cookies</a></p>');
  });
});
