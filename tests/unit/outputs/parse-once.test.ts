import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSiteManifest, dataResponse } from "@/lib/http/data-responses";
import { loadContent, type PolicyTimeline, timelineAt } from "@/lib/policy";
import { markdownParseCount } from "@/lib/policy/markdown";
import { DATA_FORMATS } from "@/lib/outputs/data-formats";
import { contactCard, policyCard, sectionCard } from "@/lib/outputs/og-cards";
import { notFoundMetadata, pageJsonLd, pageMetadata, sitePages } from "@/lib/outputs/page-metadata";
import type { DataFormat } from "@/lib/outputs/paths";
import { policyDocument } from "@/lib/outputs/policy-json";
import { policyMarkdown } from "@/lib/outputs/policy-markdown";
import { policyText } from "@/lib/outputs/policy-text";
import { renderHtml } from "@/lib/outputs/section-html";
import { buildSitePages, indexablePages } from "@/lib/outputs/site-pages";
import { validFiles, withTranslation, writeContentDir } from "../policy/fixture-content";

/**
 * Every output the site makes from the versions: each version's HTML in every variant, and the search facts and
 * every data route of the version in effect.
 */
function deriveEveryOutput(timeline: PolicyTimeline): void {
  for (const version of timeline.published) {
    for (const page of [...version.sections, version.contact]) {
      for (const variant of ["page", "embed", "app"] as const) expect(renderHtml(version, page.tree, variant)).not.toBe("");
    }
  }
  const policy = timeline.current;
  const pages = buildSitePages(policy);
  for (const page of indexablePages(sitePages(policy))) {
    pageMetadata(policy, page);
    pageJsonLd(policy, page);
  }
  notFoundMetadata(policy);
  expect(indexablePages(pages)).toHaveLength(policy.sections.length + 2);
  policyText(policyDocument(policy));
  policyMarkdown(policy);
  for (const format of Object.keys(DATA_FORMATS) as DataFormat[]) {
    DATA_FORMATS[format].body(timeline);
    dataResponse(timeline, format);
  }
  buildSiteManifest(timeline);
  policyCard(policy);
  contactCard(policy);
  for (const section of policy.sections) sectionCard(policy, section);
}

/** The Markdown files of one language's folder (content/, or content/translations/LANG/): its sections, and its contact page. */
const languageMarkdownFileCount = (dir: string) => {
  const versions = path.join(dir, "versions");
  const sections = fs.existsSync(versions) ? fs.readdirSync(versions).flatMap((version) => fs.readdirSync(path.join(versions, version, "sections"))) : [];
  return sections.filter((name) => name.endsWith(".md")).length + (fs.existsSync(path.join(dir, "contact.md")) ? 1 : 0);
};

/**
 * The Markdown files of a content folder: one per section of every version, and the contact page, in English and
 * in every translation.
 */
const markdownFileCount = (root: string) => {
  const translations = path.join(root, "content", "translations");
  const languages = fs.existsSync(translations) ? fs.readdirSync(translations).map((language) => path.join(translations, language)) : [];
  return [path.join(root, "content"), ...languages].reduce((count, dir) => count + languageMarkdownFileCount(dir), 0);
};

const fixtureDir = writeContentDir(validFiles(), "parse-once-");
const translatedFixtureDir = writeContentDir(withTranslation(validFiles()), "parse-once-translated-");
afterAll(() => {
  for (const dir of [fixtureDir, translatedFixtureDir]) fs.rmSync(dir, { recursive: true, force: true });
});

describe("each section's Markdown is parsed once", () => {
  it.each([
    // A folder of its own, so nothing else in this process has loaded it.
    ["the fixture policy", fixtureDir, { siteUrlOverride: "" }],
    // Its French Markdown too: the translated sections and contact page.
    ["the fixture policy with a translation", translatedFixtureDir, { siteUrlOverride: "" }],
    // A site URL no other load uses, so that the memo misses.
    ["the real policy", process.cwd(), { siteUrlOverride: "https://parse-once.example" }],
  ])("in %s, for every output, and not again when it is loaded again", (_, root, options) => {
    const before = markdownParseCount();
    const { data: content, errors } = loadContent(root, options);
    const newest = content?.versions.at(-1);
    if (!content || !newest) throw new Error(JSON.stringify(errors));
    const timeline = timelineAt(content, newest.version.effective, { withDrafts: true });
    deriveEveryOutput(timeline);
    const files = markdownFileCount(root);
    const englishFiles = [...content.versions, ...content.drafts].reduce((count, version) => count + version.sections.length, 1);
    const translatedFiles = content.translations.reduce((count, { versions }) => versions.reduce((sum, version) => sum + version.sections.length, count + 1), 0);
    expect(files).toBe(englishFiles + translatedFiles);
    expect(markdownParseCount() - before).toBe(files);

    const again = loadContent(root, options);
    expect(again.data).toBe(content);
    deriveEveryOutput(timeline);
    expect(markdownParseCount() - before).toBe(files);
  });
});
