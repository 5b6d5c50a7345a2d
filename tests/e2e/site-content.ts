import fs from "node:fs";
import path from "node:path";
import { policyDocument } from "@/lib/outputs/policy-json";
import { loadPolicy } from "@/lib/policy";

const loaded = loadPolicy(process.cwd());
if (!loaded.data) throw new Error("The content is invalid: run `npm run content:check`.");
const model = loaded.data;
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
