import { z } from "zod";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Suggests the kebab-case form of a value, for "how to fix" hints only: ids are never derived at run time. */
function toKebabCase(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function describe(input: unknown): string {
  if (input === undefined) return "missing";
  if (input === null) return "empty";
  if (typeof input === "string") return JSON.stringify(input);
  return `${JSON.stringify(input)} (${typeof input})`;
}

/** A required text field; `example` is shown in the fix hint. */
function requiredText(example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `is missing — add it, e.g. ${example}`
          : `${describe(issue.input)} is not text — write it as text, e.g. ${example}`,
    })
    .trim()
    .min(1, { error: `is empty — fill it in, e.g. ${example}` });
}

/** A calendar date written YYYY-MM-DD. Frontmatter is parsed with YAML's core schema, so dates arrive as text. */
const isoDateSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? "is missing — add the date of the last change, e.g. updated: 2026-11-26"
        : `${describe(issue.input)} is not a date — write it as YYYY-MM-DD, e.g. 2026-11-26`,
  })
  .pipe(
    z.iso.date({
      error: (issue) =>
        `${describe(issue.input)} is not a valid ISO date — write a real calendar date as YYYY-MM-DD, e.g. 2026-11-26`,
    }),
  );

/** A SHA-256 in hex, as the locks and translations record the files they stand for. */
function sha256Schema(hint = "is not a SHA-256 hash — run npm run content:publish rather than editing the lock") {
  return z.string({ error: hint }).regex(/^[0-9a-f]{64}$/, { error: hint });
}

/** The single definition of a policy section's frontmatter. */
export const sectionFrontmatterSchema = z.strictObject({
  id: z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? "is missing — add the section's stable public id, e.g. id: data-protection"
          : `${describe(issue.input)} is not text — write the id as lowercase-kebab text, e.g. id: data-protection`,
    })
    .regex(KEBAB_CASE, {
      error: (issue) =>
        `${describe(issue.input)} is not lowercase-kebab — use "${toKebabCase(String(issue.input)) || "data-protection"}"`,
    }),
  // Any length of policy: numbers run 1..n without gaps, which parse-policy.ts checks across the files.
  number: z
    .number({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? "is missing — add the section's position, a whole number from 1, e.g. number: 3"
          : `${describe(issue.input)} is not a number — write a whole number from 1 without quotes, e.g. number: 3`,
    })
    .int({ error: (issue) => `${describe(issue.input)} is not a whole number — use a whole number from 1` })
    .min(1, { error: (issue) => `${describe(issue.input)} is out of range — use a number from 1` }),
  title: requiredText('title: "Data Protection"'),
  updated: isoDateSchema,
});
export type SectionFrontmatter = z.infer<typeof sectionFrontmatterSchema>;

/**
 * The site's public origin, used for canonical and shareable absolute URLs. Only an origin is accepted
 * (no path), so that "/privacy" appended to it is always the policy.
 */
export const siteUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? "is missing — add the site's public address, e.g. siteUrl: https://smartsiptv.fr"
        : `${describe(issue.input)} is not an http(s) URL — write the public address with its scheme, e.g. https://smartsiptv.fr`,
  })
  .refine((value) => new URL(value).pathname === "/" && !new URL(value).search && !new URL(value).hash, {
    error: (issue) =>
      `${describe(issue.input)} has a path, query or fragment — give the origin only, e.g. https://smartsiptv.fr`,
  })
  .transform((value) => new URL(value).origin);

/** An IANA time zone the runtime knows, e.g. Europe/Paris: effective dates are calendar dates there. */
const timeZoneSchema = requiredText("timeZone: Europe/Paris").refine(
  (value) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `${describe(issue.input)} is not a time zone — write an IANA name, e.g. timeZone: Europe/Paris` },
);

/** The language content/ is written in; every translation is made from it. */
export const SOURCE_LANGUAGE = "en";
const languageSchema = z.string().regex(/^[a-z]{2}$/, { error: (issue) => `${describe(issue.input)} is not a language code — write a two-letter code such as fr` });

/** The single definition of the policy-wide facts in content/policy.yaml (the same for every version). */
export const policySettingsSchema = z.strictObject({
  title: requiredText('title: "Privacy Policy"'),
  organization: requiredText("organization: smartsiptv.fr"),
  contactEmail: z.email({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? "is missing — add the address privacy questions go to, e.g. contactEmail: support@smartsiptv.fr"
        : `${describe(issue.input)} is not an email address — write a full address, e.g. support@smartsiptv.fr`,
  }),
  siteUrl: siteUrlSchema,
  timeZone: timeZoneSchema,
  /** The language the text prevails in when a translation and it differ. */
  prevails: languageSchema.default(SOURCE_LANGUAGE),
  /** Each translation (content/translations/LANG/) and whether legal has approved it. */
  translations: z
    .record(
      languageSchema,
      z.strictObject({
        approved: z.boolean({ error: "is not true or false — write approved: false until legal has approved the translation, then approved: true" }),
      }),
    )
    .default({}),
});
export type PolicySettings = z.infer<typeof policySettingsSchema>;

/** A version's policy-wide facts: the settings, and the date its text last changed ("Last updated"). */
export type PolicyMetadata = PolicySettings & { updated: string };

/** The single definition of a version's own facts, content/versions/YYYY-MM-DD/version.yaml. */
export const versionFrontmatterSchema = z.strictObject({
  updated: isoDateSchema,
  summary: requiredText('summary: "Explains how long support tickets are kept."'),
  significant: z.boolean({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? "is missing — say whether apps must tell their users about this version: significant: true or significant: false"
        : `${describe(issue.input)} is not true or false — write significant: true or significant: false, without quotes`,
  }),
});
export type VersionFrontmatter = z.infer<typeof versionFrontmatterSchema>;

/** A version folder's name: its effective date. */
export const effectiveDateSchema = z.iso.date();



/**
 * content/versions.lock.json: every published version, by effective date, with the date it was announced and the
 * hash of each of its files. Written by `npm run content:publish`; a published version never changes.
 */
export const versionLockSchema = z.record(
  effectiveDateSchema,
  z.strictObject({
    announced: isoDateSchema,
    /** File path inside the version's folder → SHA-256 of its text. */
    files: z.record(z.string(), sha256Schema()),
    /** The SHA-256 of the version's PDF (policy.pdf beside it), recorded by content:publish or content:pdf. */
    pdf: sha256Schema("is not a SHA-256 hash — run npm run content:pdf rather than editing the lock").optional(),
    /** Each translation of this version, recorded by `npm run content:translated`: when, its files' hashes, its PDF's. */
    translations: z
      .record(
        languageSchema,
        z.strictObject({
          recorded: isoDateSchema,
          files: z.record(z.string(), sha256Schema()),
          pdf: sha256Schema("is not a SHA-256 hash — run npm run content:pdf rather than editing the lock").optional(),
        }),
      )
      .optional(),
  }),
);
export type VersionLock = z.infer<typeof versionLockSchema>;

/** The single definition of the contact page's frontmatter (content/contact.md). */
export const contactPageFrontmatterSchema = z.strictObject({
  title: requiredText("title: Contact"),
  updated: isoDateSchema,
});
export type ContactPageFrontmatter = z.infer<typeof contactPageFrontmatterSchema>;

const ANCHOR = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const anchorSchema = z.string().regex(ANCHOR, { error: (issue) => `${JSON.stringify(issue.input)} is not an anchor id — use lowercase letters, digits and hyphens` });

/**
 * content/anchors.json: every anchor ever published (section ids and clause ids), and aliases from retired anchors
 * to current ones. Written by `npm run content:anchors`; links in emails and tickets rely on it, so anchors only
 * ever get added.
 */
export const anchorLockSchema = z.strictObject({
  published: z.array(anchorSchema),
  aliases: z.record(anchorSchema, anchorSchema),
});
export type AnchorLock = z.infer<typeof anchorLockSchema>;

/** The frontmatter of a translated section: the section's, and the hash of the English file it translates. */
export const translatedSectionFrontmatterSchema = (language: string) =>
  sectionFrontmatterSchema.extend({
    translates: sha256Schema(`is not the hash of the English text it translates — run npm run content:translated -- ${language} ID with this section's id, which writes it`),
  });

/** The same for a translated contact page. */
export const translatedContactFrontmatterSchema = (language: string) =>
  contactPageFrontmatterSchema.extend({
    translates: sha256Schema(`is not the hash of the English text it translates — run npm run content:translated -- ${language} --contact-page, which writes it`),
  });

/** content/translations/LANG/policy.yaml: what a translation says differently of the whole policy. */
export const translationSettingsSchema = z.strictObject({ title: requiredText('title: "Politique de confidentialité"') });

/** content/translations/LANG/versions/YYYY-MM-DD/version.yaml: the version's summary in that language. */
export const translatedVersionSchema = z.strictObject({ summary: requiredText('summary: "La politique telle que publiée pour la première fois."') });
