import type { PolicyTimeline } from "../policy";
import { atomFeed } from "./atom-feed";
import type { DataFormat } from "./paths";
import { policyDocument, policyJsonSchema } from "./policy-json";
import { policyMarkdown } from "./policy-markdown";
import { policyText } from "./policy-text";
import { versionsDocument, versionsJsonSchema } from "./versions-json";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Each machine-readable form of the policy: its media type and its body, made from the versions as of the build
 * date (the policy formats show the version in effect).
 */
export const DATA_FORMATS: Record<DataFormat, { contentType: string; body: (timeline: PolicyTimeline) => string }> = {
  json: { contentType: "application/json; charset=utf-8", body: ({ current }) => json(policyDocument(current)) },
  schema: { contentType: "application/schema+json; charset=utf-8", body: ({ current }) => json(policyJsonSchema(current.metadata.siteUrl)) },
  text: { contentType: "text/plain; charset=utf-8", body: ({ current }) => policyText(policyDocument(current)) },
  markdown: { contentType: "text/markdown; charset=utf-8", body: ({ current }) => policyMarkdown(current) },
  versions: { contentType: "application/json; charset=utf-8", body: (timeline) => json(versionsDocument(timeline)) },
  versionsSchema: { contentType: "application/schema+json; charset=utf-8", body: ({ current }) => json(versionsJsonSchema(current.metadata.siteUrl)) },
  feed: { contentType: "application/atom+xml; charset=utf-8", body: atomFeed },
};
