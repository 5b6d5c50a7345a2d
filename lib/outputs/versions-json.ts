import { z } from "zod";
import type { PolicyTimeline } from "../policy";
import { absoluteUrlSchema, isoDate, jsonSchemaOf } from "./json-schema";
import { absoluteUrl, DATA_PATHS, versionChangesPath, versionPath, VERSIONS_PATH } from "./paths";
import { changedIds } from "./redline";
import { publishedEntries } from "./version-history";

const ids = (what: string) => z.array(z.string()).describe(`Ids of the ${what}, in document order.`);
const idChangesSchema = (kind: string) =>
  z.strictObject({ added: ids(`${kind} added`), removed: ids(`${kind} removed`), changed: ids(`${kind} whose words changed`) });

const versionSchema = z
  .strictObject({
    effective: isoDate.describe("The day the version takes effect (YYYY-MM-DD, in the policy's time zone), which names it."),
    announced: isoDate.describe("The day it was published on the site, before or on its effective date."),
    summary: z.string().min(1).describe("What changed, in a sentence or two."),
    significant: z.boolean().describe("Whether apps must tell their users about it (section 9 of the policy): a significant change."),
    status: z.enum(["in-effect", "upcoming", "superseded"]).describe("Where it stood when this file was built: in effect, not yet in effect, or replaced."),
    url: absoluteUrlSchema.describe("The version as it reads, with the same anchors as the policy: URL#ID cites a section or clause of it."),
    changesUrl: absoluteUrlSchema.nullable().describe("Its redline against the version before it; null for the first version."),
    previous: isoDate.nullable().describe("The effective date of the version before it; null for the first."),
    changes: z
      .strictObject({ sections: idChangesSchema("sections"), clauses: idChangesSchema("clauses") })
      .nullable()
      .describe("What changed from the previous version; null for the first. A clause of an added or removed section counts as added or removed."),
  })
  .describe("One published version of the policy.");

/** The single definition of /privacy/versions.json: the route parses its document through it; its schema is generated from it. */
export const versionsDocumentSchema = z
  .strictObject({
    $schema: absoluteUrlSchema.describe("This document's JSON Schema."),
    title: z.string().min(1),
    url: absoluteUrlSchema.describe("The list of versions on the website."),
    feed: absoluteUrlSchema.describe("An Atom feed with one entry per version, for readers and apps that poll."),
    inEffect: isoDate.describe("The effective date of the version in effect when this file was built: the one /privacy.json carries."),
    versions: z.array(versionSchema).min(1).describe("Every published version, newest first, upcoming ones included."),
  })
  .meta({
    title: "Versions of the privacy policy",
    description:
      "Every version of the policy with what changed. To decide whether to tell a user who accepted version X: look at the versions after X up to inEffect (or an upcoming one) for significant: true.",
  });

export type VersionsDocument = z.infer<typeof versionsDocumentSchema>;

/** /privacy/versions.json, parsed through its schema so that nothing is served that the schema does not describe. */
export function versionsDocument(timeline: PolicyTimeline): VersionsDocument {
  const { siteUrl, title } = timeline.current.metadata;
  const site = (path: string) => absoluteUrl(siteUrl, path);
  return versionsDocumentSchema.parse({
    $schema: site(DATA_PATHS.versionsSchema),
    title: `Versions of the ${title}`,
    url: site(VERSIONS_PATH),
    feed: site(DATA_PATHS.feed),
    inEffect: timeline.current.version.effective,
    versions: publishedEntries(timeline).map(({ policy, status, previous, changes }) => ({
      effective: policy.version.effective,
      announced: policy.version.announced,
      summary: policy.version.summary,
      significant: policy.version.significant,
      status,
      url: site(versionPath(policy.version.effective)),
      changesUrl: previous ? site(versionChangesPath(policy.version.effective)) : null,
      previous: previous?.version.effective ?? null,
      changes: changes ? changedIds(changes) : null,
    })),
  });
}

/** The JSON Schema (draft 2020-12) of /privacy/versions.json, generated from versionsDocumentSchema. */
export function versionsJsonSchema(siteUrl: string): Record<string, unknown> {
  return jsonSchemaOf(versionsDocumentSchema, siteUrl, DATA_PATHS.versionsSchema);
}
