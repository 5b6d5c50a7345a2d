import type { Policy } from "../policy";
import type { DataFormat } from "./paths";
import { policyDocument, policyJsonSchema } from "./policy-json";
import { policyMarkdown } from "./policy-markdown";
import { policyText } from "./policy-text";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Each machine-readable form of the policy: its media type and its body, made from the model. */
export const DATA_FORMATS: Record<DataFormat, { contentType: string; body: (policy: Policy) => string }> = {
  json: { contentType: "application/json; charset=utf-8", body: (policy) => json(policyDocument(policy)) },
  schema: { contentType: "application/schema+json; charset=utf-8", body: (policy) => json(policyJsonSchema(policy.metadata.siteUrl)) },
  text: { contentType: "text/plain; charset=utf-8", body: (policy) => policyText(policyDocument(policy)) },
  markdown: { contentType: "text/markdown; charset=utf-8", body: policyMarkdown },
};
