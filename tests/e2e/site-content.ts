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

const approvedLinesOf = (file: string) =>
  fs
    .readFileSync(path.join(process.cwd(), "tests/fixtures", file), "utf8")
    .split("\n")
    .map((line) => line.replace(/^- /, "").trim())
    .filter((line) => line !== "");

/**
 * The approved wording of the policy, as received from legal, and of each translation legal has approved
 * (approved-policy-text.LANG.txt, which a unit test requires exactly for those): its page must show every line.
 */
export const approvedTexts = [
  { policyPath: "/privacy", lines: approvedLinesOf("approved-policy-text.txt") },
  ...fs
    .readdirSync(path.join(process.cwd(), "tests/fixtures"))
    .flatMap((file) => /^approved-policy-text\.([a-z]{2})\.txt$/.exec(file)?.[1] ?? [])
    .map((language) => ({ policyPath: `/${language}/privacy`, lines: approvedLinesOf(`approved-policy-text.${language}.txt`) })),
];

/** Text as a reader sees it: whitespace runs collapsed. */
export const normalizeText = (text: string) => text.replace(/\s+/g, " ").trim();
