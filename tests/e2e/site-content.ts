import fs from "node:fs";
import path from "node:path";
import { policyDocument } from "@/lib/outputs/policy-json";
import { getPolicy } from "@/lib/policy";

// The version in effect on the build date (POLICY_TODAY, else today in the policy's time zone), as the pages show
// it; throws with the content:check messages when the content is invalid.
const model = getPolicy();
const document = policyDocument(model);

/**
 * The policy as the site was built from it: the table the browser tests run over. Each clause comes with its
 * words, as apps get them in /privacy.json.
 */
export const policy = {
  ...model,
  sections: model.sections.map((section, index) => ({ ...section, clauses: document.sections[index]?.clauses ?? [] })),
};

/** Every page a reader can open, with its expected <h1>. */
export const pages = [
  { path: "/privacy", h1: policy.metadata.title },
  ...policy.sections.map((section) => ({ path: `/privacy/${section.id}`, h1: section.title })),
  { path: "/contact", h1: policy.contact.title },
];

/** The approved wording of the policy, as received from legal: the site must show every line of it. */
export const approvedPolicyLines = fs
  .readFileSync(path.join(process.cwd(), "tests/fixtures/approved-policy-text.txt"), "utf8")
  .split("\n")
  .map((line) => line.replace(/^- /, "").trim())
  .filter((line) => line !== "");

/** Text as a reader sees it: whitespace runs collapsed. */
export const normalizeText = (text: string) => text.replace(/\s+/g, " ").trim();
