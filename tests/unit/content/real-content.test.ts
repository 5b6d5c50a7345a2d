import { describe, expect, it } from "vitest";
import { formatContentError } from "@/lib/content/content-error";
import { loadContent } from "@/lib/content/load-content";

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
  const { data, errors } = loadContent(process.cwd(), { siteUrlOverride: "" });

  it("is valid", () => {
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it("keeps the published section ids, in order", () => {
    expect(data?.sections.map((section) => section.id)).toEqual(PUBLISHED_SECTION_IDS);
  });

  it("links the contact email and the contact page from section 10", () => {
    const contact = data?.sections.find((section) => section.id === "contact");
    expect(contact?.markdown).toContain("[support@smartsiptv.fr](mailto:support@smartsiptv.fr)");
    expect(contact?.markdown).toContain("[Contact Page](/contact)");
  });
});
