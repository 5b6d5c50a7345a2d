import fs from "node:fs";
import path from "node:path";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/lib/outputs/language";
import { formatContentError, loadContent, SOURCE_LANGUAGE } from "@/lib/policy";
import { fileHash } from "@/lib/policy/version-lock";

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

/** The first published version, the one the site went live with. */
const FIRST_VERSION = "2026-11-26";

describe("the real policy content", () => {
  const { data, errors } = loadContent(process.cwd(), { siteUrlOverride: "" });
  const newest = data?.versions.at(-1);

  it("is valid", () => {
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it("has the first version published, and every published version in its own folder", () => {
    expect(data?.versions[0]?.version).toMatchObject({ effective: FIRST_VERSION, status: "published" });
    for (const policy of data?.versions ?? []) {
      expect(fs.existsSync(path.join(process.cwd(), "content", "versions", policy.version.effective, "version.yaml"))).toBe(true);
    }
  });

  it("locks the first version's text as published", () => {
    const lock: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), "content", "versions.lock.json"), "utf8"));
    const file = `content/versions/${FIRST_VERSION}/sections/05-cookies.md`;
    const text = fs.readFileSync(path.join(process.cwd(), file), "utf8");
    expect(lock).toMatchObject({ [FIRST_VERSION]: { files: { "sections/05-cookies.md": fileHash(text) } } });
  });

  it("keeps the published section ids, in order, in every published version", () => {
    expect(data?.versions.length).toBeGreaterThan(0);
    for (const policy of data?.versions ?? []) {
      expect(policy.sections.map((section) => section.id), policy.version.effective).toEqual(PUBLISHED_SECTION_IDS);
    }
  });

  it("links the contact email and the contact page from section 10", () => {
    const contact = newest?.sections.find((section) => section.id === "contact");
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

describe("the real translations", () => {
  it("are exactly the site's languages besides the English: each has pages (app/(LANG)) and a dictionary", () => {
    const translated = (loadContent(process.cwd(), { siteUrlOverride: "" }).data?.translations ?? []).map((translation) => translation.language);
    expect(translated.sort()).toEqual(LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE).sort());
    for (const language of translated) expect(fs.existsSync(path.join(process.cwd(), `app/(${language})/layout.tsx`)), language).toBe(true);
  });

  it("keep an approved-text fixture for each translation legal has approved, as the English has", () => {
    for (const { language, approved } of loadContent(process.cwd(), { siteUrlOverride: "" }).data?.translations ?? []) {
      expect(fs.existsSync(path.join(process.cwd(), `tests/fixtures/approved-policy-text.${language}.txt`)), `${language} is approved`).toBe(approved);
    }
  });
});
