// The content layer: reads, validates and models the policy. Renders nothing; knows no other layer.
export { type ContentError, formatContentError, InvalidContentError } from "./errors";
export { getContent, getPolicy, getTimeline, loadContent } from "./load-policy";
export type { ContactPage, Policy, PolicyContent, PolicyVersion, Section } from "./parse-policy";
export { type PolicyMetadata, SOURCE_LANGUAGE } from "./schema";
export { hasOwnTranslation, type TranslationFacts } from "./translated-timeline";
export { buildDate, dateIn, midnightIn, type PolicyTimeline, timelineAt } from "./timeline";
