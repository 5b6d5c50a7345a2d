import type { ReactNode } from "react";

/**
 * Every word of the interface in English: the shape every other language's dictionary must match (dictionary.ts),
 * so a missing translation is a type error, not an English word on another language's page. Sentences that hold a
 * link or a date take it as an argument and return their parts in reading order.
 */
export const en = {
  /** Intl locale of dates, Open Graph locale, and the language's own name (on the other languages' language link). */
  intlLocale: "en-GB",
  ogLocale: "en_GB",
  languageName: "English",
  readInThisLanguage: "Read this page in English",

  skipToContent: "Skip to content",
  siteNavigation: "Site",
  contactNav: "Contact",
  footerAbout: (title: string, organization: string) => `${title} of ${organization}, last updated`,
  footerQuestions: (contactLink: ReactNode, email: ReactNode): ReactNode[] => ["Questions? ", contactLink, " or write to ", email, "."],
  contactUs: "Contact us",

  contents: "Contents",
  lastUpdated: "Last updated",
  sectionLastUpdated: "Section last updated",
  effective: "Effective",
  sectionName: (number: number, title: string) => `section ${number}: ${title}`,
  linkTo: (name: string) => `Link to ${name}`,
  copyLinkTo: (name: string) => `Copy link to ${name}`,
  linkToClause: "Link to this clause",
  copyLinkToClause: "Copy link to this clause",
  copyLink: "Copy link",
  linkCopied: "Link copied",
  sectionOf: (number: number, total: number) => `Section ${number} of ${total}`,
  sectionsNavigation: "Sections",
  previous: "Previous",
  next: "Next",
  readFullPolicy: "Read the full policy",
  scanToRead: "Scan to read on your phone",
  qrCodeOf: (url: string) => `QR code of ${url}`,
  embedQuestions: (email: ReactNode): ReactNode[] => ["Questions? Write to ", email, "."],
  versionsLink: "Every version of this policy, and what each one changed",

  notFoundTitle: "Page not found",
  notFoundText: (policyLink: ReactNode): ReactNode[] => [
    "There is no page at this address. The ",
    policyLink,
    " is here in full, and each of its sections has a page of its own:",
  ],
  notFoundDescription: (title: string, organization: string) =>
    `There is no page at this address. The ${title} of ${organization} is here in full, and each of its sections has a page of its own.`,

  // Search engines and link previews.
  policyDescription: (title: string, organization: string, count: number, titles: string) => `The ${title} of ${organization} in ${count} sections: ${titles}.`,
  sectionDescriptionLead: (number: number, title: string, organization: string, sectionTitle: string) => `Section ${number} of the ${title} of ${organization}, ${sectionTitle}:`,
  contactDescriptionLead: (organization: string, title: string) => `How to contact ${organization} about the ${title} and your personal data:`,
  policyCardAlt: (title: string, organization: string) => `${title} of ${organization}`,
  sectionCardAlt: (title: string, organization: string) => `A section of the ${title} of ${organization}: its number and title`,
  sectionCount: (count: number) => `${count} sections`,
  lastUpdatedOn: (date: string) => `Last updated ${date}`,
  sectionLastUpdatedOn: (date: string) => `Section last updated ${date}`,

  // The versions pages.
  versionOf: (date: string) => `Version of ${date}`,
  theVersionOf: (date: string) => `the version of ${date}`,
  versionTitle: (title: string, date: ReactNode): ReactNode[] => [title, ", version of ", date],
  aboutThisVersion: "About this version",
  inEffectSince: (date: ReactNode): ReactNode[] => ["This is the version in effect, since ", date, "."],
  supersededFrom: (from: ReactNode, until: ReactNode | null): ReactNode[] =>
    until === null ? ["This version was in effect from ", from, ". It no longer applies."] : ["This version was in effect from ", from, " until ", until, ". It no longer applies."],
  upcomingOn: (date: ReactNode): ReactNode[] => ["This version takes effect on ", date, ". Until then, the current policy applies."],
  draftOn: (date: ReactNode, command: ReactNode): ReactNode[] => ["Draft, not published: it would take effect on ", date, ". Only ", command, " shows it."],
  readInEffect: "Read the policy in effect",
  whatThisVersionChanged: "What this version changed",
  firstVersion: "This is the first version of the policy.",
  allVersions: "All versions",
  upcomingChange: "Upcoming change",
  upcomingTitle: (significant: boolean, date: ReactNode): ReactNode[] => [significant ? "A significant change" : "A change", " to this policy takes effect on ", date],
  seeWhatChanges: "See what changes",
  readNewVersion: "Read the new version",
  versionsTitle: (title: string) => `Versions of the ${title}`,
  versionsLede: (feedLink: ReactNode): ReactNode[] => [
    "Each version stays readable at its own address, with the same section and clause links as the policy. Changes are announced here before they take effect; ",
    feedLink,
    " to hear of the next one.",
  ],
  feedTitle: (title: string) => `${title}: versions`,
  subscribeToFeed: "subscribe to the feed",
  versionStatus: { "in-effect": "In effect", upcoming: "Upcoming", superseded: "Superseded", draft: "Draft" },
  significantChange: "Significant change",
  takesEffect: "Takes effect",
  announced: "announced",
  readThisVersion: "Read this version",
  seeItsChanges: "See its changes",
  theFirstVersion: "The first version",
  versionsListTitle: (title: string, organization: string) => `Versions — ${title} — ${organization}`,
  versionsListDescription: (title: string, organization: string, count: number) =>
    `Every version of the ${title} of ${organization}, newest first, with what each one changed and when it took effect: ${count} so far.`,
  versionPageTitle: (title: string, versionName: string, draft: boolean, organization: string) => `${title}, ${versionName}${draft ? " (draft)" : ""} — ${organization}`,
  versionPageDescription: (title: string, organization: string, versionName: string, status: "in-effect" | "upcoming" | "superseded" | "draft", date: string) =>
    `The ${title} of ${organization} as it reads in ${versionName}, which ${{ upcoming: "takes effect", draft: "would take effect", "in-effect": "took effect", superseded: "took effect" }[status]} on ${date}.`,
  changesPageTitle: (versionName: string, title: string, organization: string) => `What changed in ${versionName} — ${title} — ${organization}`,
  changesPageDescription: (title: string, organization: string, versionName: string) => `Every change the ${title} of ${organization} made in ${versionName}, word by word.`,
  changesSinceTitle: (versionName: string, title: string, organization: string) => `Changes since ${versionName} — ${title} — ${organization}`,
  changesSinceDescription: (title: string, organization: string, sinceName: string, currentName: string) =>
    `Everything that changed in the ${title} of ${organization} from ${sinceName} to the version in effect, ${currentName}, word by word.`,
  whatChangedOn: (date: string) => `What changed on ${date}`,
  changesLede: (upcoming: boolean, versionLink: ReactNode, date: ReactNode, previousLink: ReactNode): ReactNode[] => [
    "The ",
    versionLink,
    upcoming ? " takes effect on " : " took effect on ",
    date,
    ", replacing the ",
    previousLink,
    ".",
  ],
  changesSinceHeading: (date: string) => `Changes since ${date}`,
  nothingChangedSince: (versionLink: ReactNode): ReactNode[] => ["The ", versionLink, " is the one in effect: nothing has changed since."],
  changesSinceLede: (sinceLink: ReactNode, currentLink: ReactNode, date: ReactNode): ReactNode[] => ["From the ", sinceLink, " to the ", currentLink, ", which took effect on ", date, "."],
  versionInEffect: "version in effect",

  // The redline.
  changeMark: { added: "added", removed: "removed" },
  clauseStatus: { added: "added", removed: "removed", changed: "reworded", unchanged: "unchanged" },
  sectionStatus: { added: "Section added", removed: "Section removed", changed: "Section changed", unchanged: "Unchanged" },
  summaryOfChanges: "Summary of changes",
  nothingChanged: "Nothing changed.",
  changedCount: (changed: number, total: number, clauses: number) => `${changed} of ${total} sections changed, ${clauses} clause${clauses === 1 ? "" : "s"} in all.`,
  aClause: (status: string) => `A clause ${status}`,
  redlineKey: (inserted: ReactNode, deleted: ReactNode): ReactNode[] => [inserted, " was added; ", deleted, " was removed."],
  underlinedText: "Underlined text",
  struckText: "struck-through text",

  // A translation about itself (only translated pages show these).
  translationNotice: (prevailing: string): string => `This is a translation of the English text. In case of doubt, the ${prevailing} text prevails.`,
  notApproved: "This translation has not yet been approved by our legal team.",
  sectionBehind: (date: ReactNode, prevailing: string, link: ReactNode): ReactNode[] => [
    "The English text of this section was updated on ",
    date,
    `, after this translation was made. Until it is brought up to date, the ${prevailing} text prevails: `,
    link,
    ".",
  ],
  sectionUntranslated: (link: ReactNode): ReactNode[] => ["This section is not translated yet, so it is shown in English: ", link, "."],
  readEnglishSection: "read the English section",
  translationLater: "Not translated yet: read it in English",
  /** A language's name in a sentence, e.g. "the English text prevails". */
  languageNamed: (code: string) => new Map([["en", "English"], ["fr", "French"]]).get(code) ?? code,

  // The PDF of each version.
  pdfPageOf: (page: string, total: string) => `page ${page} of ${total}`,
  downloadPdf: (size: string) => `Download PDF (${size})`,
  /** The name a downloaded PDF is saved under, before its date. */
  pdfFileName: "privacy-policy",
  kilobytes: (kb: number) => `${kb} kB`,

  // The plain text and Markdown files.
  /** Between a label and its value, e.g. "Last updated: 26 November 2026". */
  labelSeparator: ": ",
  quote: (text: string) => `“${text}”`,
  fileLastUpdated: "Last updated",
  fileOnline: "Online",
  fileQuestions: "Questions",
};
