import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { formatContentError, loadPolicy } from "@/lib/policy";

// The section ids are public URLs: this list changes only together with redirects for the old ones.
const PUBLISHED_SECTION_IDS = [
  "information-we-collect",
  "how-we-use-your-information",
  "data-protection",
  "third-party-services",
  "cookies",
  "your-rights",
  "data-retention",
  "childrens-privacy",
  "changes-to-this-policy",
  "contact",
];

describe("the real policy content", () => {
  const { data, errors } = loadPolicy(process.cwd(), { siteUrlOverride: "" });

  it("is valid", () => {
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it("keeps the published section ids, in order", () => {
    expect(data?.sections.map((section) => section.id)).toEqual(PUBLISHED_SECTION_IDS);
  });

  it("links the contact email and the contact page from section 10", () => {
    const contact = data?.sections.find((section) => section.id === "contact");
    const links: [string, string][] = [];
    if (contact) {
      visit(contact.tree, "link", (link) => {
        links.push([link.url, link.children.map((child) => ("value" in child ? child.value : "")).join("")]);
      });
    }
    expect(links).toContainEqual(["mailto:support@smartsiptv.fr", "support@smartsiptv.fr"]);
    expect(links).toContainEqual(["/contact", "Contact Page"]);
  });
});
