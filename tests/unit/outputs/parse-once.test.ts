import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSiteManifest, dataResponse } from "@/lib/http/data-responses";
import { loadPolicy, type Policy } from "@/lib/policy";
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
import { TODAY, validFiles, writeContentDir } from "../policy/fixture-content";

/** Every output the site makes from a policy: each page's HTML in every variant, the search facts, every data route. */
function deriveEveryOutput(policy: Policy): void {
  for (const page of [...policy.sections, policy.contact]) {
    for (const variant of ["page", "embed", "app"] as const) expect(renderHtml(policy, page.tree, variant)).not.toBe("");
  }
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
    DATA_FORMATS[format].body(policy);
    dataResponse(policy, format);
  }
  buildSiteManifest(policy);
  policyCard(policy);
  contactCard(policy);
  for (const section of policy.sections) sectionCard(policy, section);
}

/** The Markdown files of a content folder: one per section, and the contact page. */
const markdownFileCount = (root: string) => fs.readdirSync(path.join(root, "content", "sections")).filter((name) => name.endsWith(".md")).length + 1;

const fixtureDir = writeContentDir(validFiles(), "parse-once-");
afterAll(() => fs.rmSync(fixtureDir, { recursive: true, force: true }));

describe("each section's Markdown is parsed once", () => {
  it.each([
    // A folder of its own, so nothing else in this process has loaded it.
    ["the fixture policy", fixtureDir, { today: TODAY, siteUrlOverride: "" }],
    // A date no other load uses, so that the memo misses.
    ["the real policy", process.cwd(), { today: "2999-12-31", siteUrlOverride: "https://parse-once.example" }],
  ])("in %s, for every output, and not again when it is loaded again", (_, root, options) => {
    const before = markdownParseCount();
    const { data: policy, errors } = loadPolicy(root, options);
    if (!policy) throw new Error(JSON.stringify(errors));
    deriveEveryOutput(policy);
    const files = markdownFileCount(root);
    expect(files).toBe(policy.sections.length + 1);
    expect(markdownParseCount() - before).toBe(files);

    const again = loadPolicy(root, options);
    expect(again.data).toBe(policy);
    deriveEveryOutput(policy);
    expect(markdownParseCount() - before).toBe(files);
  });
});
