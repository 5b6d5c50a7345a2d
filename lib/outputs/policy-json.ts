import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { z } from "zod";
import { hasOwnTranslation, type Policy, type Section, SOURCE_LANGUAGE } from "../policy";
import { absoluteUrlSchema, isoDate, jsonSchemaOf } from "./json-schema";
import { absoluteUrl, DATA_PATHS, pathsIn } from "./paths";
import { clauseElements, clauseText, hastToText } from "./plain-text";
import { htmlTree } from "./section-html";
import { pdfLink } from "./version-history";

const clauseSchema = z
  .strictObject({
    id: z.string().min(1).describe("The clause's anchor, the same as its id on the policy page: /privacy#ID."),
    kind: z.enum(["paragraph", "item"]).describe("A paragraph, or an item of a list."),
    text: z.string().min(1).describe("The clause's own words as plain text (links written out); a list item's nested list is not included."),
    url: absoluteUrlSchema.describe("The clause in the full policy, e.g. https://smartsiptv.fr/privacy#your-rights--data-portability."),
  })
  .describe("A paragraph or list item of a section: each has a stable public address.");

const sectionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe("Stable public id, e.g. cookies: /privacy/cookies, /privacy#cookies."),
    number: z.int().min(1).describe("Position in the policy, from 1."),
    title: z.string().min(1),
    updated: isoDate.describe("Date of the section's last change (YYYY-MM-DD)."),
    url: absoluteUrlSchema.describe("The section's own page."),
    html: z
      .string()
      .min(1)
      .describe(
        "The section's text as sanitised HTML (p, ul, ol, li, a, strong, em…), as on the page but without the clause self-links; clauses keep their ids and site links are absolute.",
      ),
    text: z.string().min(1).describe("The same as plain text: blank line between blocks, list items as \"- \" lines, links as \"text (address)\"."),
    clauses: z.array(clauseSchema),
    language: z.string().min(2).describe("The language of this section's text: the document's, or \"en\" for a section not translated yet."),
    translation: z
      .strictObject({
        upToDate: z.boolean().describe("False when the English section changed after it was translated, or has no translation yet: tell the reader, as the website does."),
        untranslated: z.boolean().describe("True when the section has no translation yet and its text is the English."),
        sourceUpdated: isoDate.describe("The date of the English section's last change."),
        source: absoluteUrlSchema.describe("The English section, which prevails while this one is behind."),
      })
      .nullable()
      .describe("For a translated document: where this section stands against the English. Null in the English document."),
  })
  .describe("One numbered section of the policy.");

/** The single definition of /privacy.json: the route parses its document through it and /privacy.schema.json is generated from it. */
export const policyDocumentSchema = z
  .strictObject({
    $schema: absoluteUrlSchema.describe("This document's JSON Schema."),
    language: z.string().min(2).describe("The language of the text (BCP 47): \"en\" at /privacy.json, \"fr\" at /fr/privacy.json."),
    translation: z
      .strictObject({
        source: absoluteUrlSchema.describe("The English document this one translates."),
        approved: z.boolean().describe("Whether our legal team has approved the translation yet."),
        prevails: z.string().min(2).describe("The language whose text prevails where the two differ."),
        upToDate: z.boolean().describe("False when any section is behind the English: see each section's translation."),
      })
      .nullable()
      .describe("For a translation: what it translates and whether it is up to date. Null in the English document."),
    title: z.string().min(1),
    organization: z.string().min(1),
    contactEmail: z.email().describe("Where privacy questions and requests go."),
    updated: isoDate.describe("The policy's \"Last updated\" date (YYYY-MM-DD): on or after every section's date."),
    url: absoluteUrlSchema.describe("The policy on the website."),
    version: z
      .strictObject({
        effective: isoDate.describe("The day this version took effect (YYYY-MM-DD, in the policy's time zone); it names the version."),
        announced: isoDate.describe("The day it was published, on or before its effective date."),
        summary: z.string().min(1).describe("What it changed, in a sentence or two."),
        significant: z.boolean().describe("Whether apps must tell their users about it (section 9 of the policy)."),
        url: absoluteUrlSchema.describe("This version at its permanent address: URL#ID cites a section or clause of it."),
        versions: absoluteUrlSchema.describe("Every version with the ids of what each changed (/privacy/versions.json): compare with the version a user accepted."),
      })
      .describe("Which version of the policy this is."),
    formats: z
      .strictObject({
        json: absoluteUrlSchema,
        text: absoluteUrlSchema,
        markdown: absoluteUrlSchema,
        embed: absoluteUrlSchema.describe("The policy for an app's WebView or a TV, without the site's navigation. Add ?size=tv for a TV, ?theme=light|dark to force a theme."),
        pdf: absoluteUrlSchema.nullable().describe("This version as a PDF (in English while a translation has none of its own); null when it has none."),
      })
      .describe("The same policy in other forms."),
    sections: z.array(sectionSchema).min(1).describe("Every section, in order."),
  })
  .meta({ title: "Privacy policy", description: "The privacy policy as data, for apps: the same text as the website's." });

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;

const stringifier = unified().use(rehypeStringify).freeze();
const documents = new WeakMap<Policy, PolicyDocument>();

/**
 * The policy as one JSON document. Each section's HTML, text and clauses come from one HTML tree (the "app"
 * variant), and the result is parsed by policyDocumentSchema once, so nothing is served that the schema does not
 * describe.
 */
export function policyDocument(policy: Policy): PolicyDocument {
  const known = documents.get(policy);
  if (known) return known;
  const { metadata, sections, language, translation } = policy;
  const site = (path: string) => absoluteUrl(metadata.siteUrl, path);
  const paths = pathsIn(language);
  const policyUrl = site(paths.policy);
  const english = pathsIn(SOURCE_LANGUAGE);
  const pdf = pdfLink(policy, { current: false });
  const document = policyDocumentSchema.parse({
    $schema: site(DATA_PATHS.schema),
    language,
    translation: translation && {
      source: site(english.data.json),
      approved: translation.approved,
      prevails: translation.prevails,
      upToDate: translation.behind.size === 0,
    },
    title: metadata.title,
    organization: metadata.organization,
    contactEmail: metadata.contactEmail,
    updated: metadata.updated,
    url: policyUrl,
    version: {
      effective: policy.version.effective,
      announced: policy.version.announced,
      summary: policy.version.summary,
      significant: policy.version.significant,
      // A version's own page in this language when it has one, else the English.
      url: site(pathsIn(translation === null || hasOwnTranslation(policy) ? language : SOURCE_LANGUAGE).version(policy.version.effective)),
      versions: site(DATA_PATHS.versions),
    },
    formats: {
      json: site(paths.data.json),
      text: site(paths.data.text),
      markdown: site(paths.data.markdown),
      embed: site(paths.embed),
      pdf: pdf && site(pdf.href),
    },
    sections: sections.map((section) => {
      const tree = htmlTree(policy, section.tree, "app");
      const lag = translation?.behind.get(section.id);
      const kinds = new Map(section.clauses.map((clause) => [clause.id, clause.kind]));
      return {
        id: section.id,
        number: section.number,
        title: section.title,
        updated: section.updated,
        url: site(paths.section(section.id)),
        html: String(stringifier.stringify(tree)).trim(),
        text: hastToText(tree),
        clauses: clauseElements(tree).map((element) => {
          const id = String(element.properties.id);
          return { id, kind: kinds.get(id) ?? (element.tagName === "li" ? "item" : "paragraph"), text: clauseText(element), url: `${policyUrl}#${id}` };
        }),
        language: lag?.untranslated ? SOURCE_LANGUAGE : language,
        translation: translation && {
          upToDate: lag === undefined,
          untranslated: lag?.untranslated ?? false,
          sourceUpdated: (lag?.source ?? sectionIn(translation.source, section.id))?.updated ?? section.updated,
          source: site(english.section(section.id)),
        },
      };
    }),
  });
  documents.set(policy, document);
  return document;
}

const sectionIn = (policy: Policy, id: string): Section | undefined => policy.sections.find((section) => section.id === id);

/** The JSON Schema (draft 2020-12) of /privacy.json, generated from policyDocumentSchema. */
export function policyJsonSchema(siteUrl: string): Record<string, unknown> {
  return jsonSchemaOf(policyDocumentSchema, siteUrl, DATA_PATHS.schema);
}
