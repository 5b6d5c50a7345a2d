// The content layer: reads, validates and models the policy. Renders nothing; knows no other layer.
export { type ContentError, formatContentError, InvalidContentError } from "./errors";
export { getPolicy, loadPolicy, todayUtc } from "./load-policy";
export type { ContactPage, Policy, Section } from "./parse-policy";
export type { PolicyMetadata } from "./schema";
