import { describe, expect, it } from "vitest";
import { en } from "@/lib/outputs/dictionaries/en";
import { fr } from "@/lib/outputs/dictionaries/fr";
import { type Dictionary, dictionaryOf, formatDate, LANGUAGES } from "@/lib/outputs/language";
import { frenchTypographyProblems } from "@/lib/policy/french-typography";

// Sample arguments for every function of a dictionary, as the pages pass them: titles, names, dates, addresses and
// (for the ReactNode parts, links and dates) plain strings, so that every output is text. Typed by the English
// dictionary: a new function without samples here is a type error, and the runtime guard below checks it again.
type FunctionKey = { [K in keyof Dictionary]: Dictionary[K] extends (...args: never[]) => unknown ? K : never }[keyof Dictionary];
type Samples = { [K in FunctionKey]: Dictionary[K] extends (...args: infer A) => unknown ? A[] : never };

const TITLE = "Politique de confidentialité";
const ORG = "smartsiptv.fr";
const DATE = "26 novembre 2026";
const LATER = "1 janvier 2027";
const URL = "https://smartsiptv.fr/fr/privacy/cookies";
const EMAIL = "privacy@smartsiptv.fr";
const LINK = "la politique";
const VERSION = "la version du 26 novembre 2026";

const SAMPLES: Samples = {
  footerAbout: [[TITLE, ORG]],
  footerQuestions: [["Contactez-nous", EMAIL]],
  sectionName: [[5, "Cookies"]],
  linkTo: [["section 5 cookies"]],
  copyLinkTo: [["section 5 cookies"]],
  sectionOf: [[5, 10]],
  qrCodeOf: [[URL]],
  embedQuestions: [[EMAIL]],
  notFoundText: [[LINK]],
  notFoundDescription: [[TITLE, ORG]],
  policyDescription: [[TITLE, ORG, 10, "Cookies, Vos droits"]],
  sectionDescriptionLead: [[5, TITLE, ORG, "Cookies"]],
  contactDescriptionLead: [[ORG, TITLE]],
  policyCardAlt: [[TITLE, ORG]],
  sectionCardAlt: [[TITLE, ORG]],
  sectionCount: [[10]],
  lastUpdatedOn: [[DATE]],
  sectionLastUpdatedOn: [[DATE]],
  versionOf: [[DATE]],
  theVersionOf: [[DATE]],
  versionTitle: [[TITLE, DATE]],
  inEffectSince: [[DATE]],
  supersededFrom: [
    [DATE, null],
    [DATE, LATER],
  ],
  upcomingOn: [[DATE]],
  draftOn: [[DATE, "npm run dev"]],
  upcomingTitle: [
    [true, DATE],
    [false, DATE],
  ],
  versionsTitle: [[TITLE]],
  versionsLede: [["abonnez-vous au flux"]],
  feedTitle: [[TITLE]],
  versionsListTitle: [[TITLE, ORG]],
  versionsListDescription: [[TITLE, ORG, 3]],
  versionPageTitle: [
    [TITLE, VERSION, false, ORG],
    [TITLE, VERSION, true, ORG],
  ],
  versionPageDescription: (["in-effect", "upcoming", "superseded", "draft"] as const).map((status) => [TITLE, ORG, VERSION, status, DATE] as const),
  changesPageTitle: [[VERSION, TITLE, ORG]],
  changesPageDescription: [[TITLE, ORG, VERSION]],
  changesSinceTitle: [[VERSION, TITLE, ORG]],
  changesSinceDescription: [[TITLE, ORG, VERSION, "la version du 1 janvier 2027"]],
  whatChangedOn: [[DATE]],
  changesLede: [
    [true, VERSION, DATE, "la version du 1 février 2026"],
    [false, VERSION, DATE, "la version du 1 février 2026"],
  ],
  changesSinceHeading: [[DATE]],
  nothingChangedSince: [[VERSION]],
  changesSinceLede: [[VERSION, "version en vigueur", DATE]],
  changedCount: [
    [1, 10, 1],
    [3, 10, 7],
  ],
  aClause: [["ajoutée"]],
  redlineKey: [["texte souligné", "texte barré"]],
  translationNotice: [["anglais"]],
  sectionBehind: [[DATE, "anglais", "lire la section en anglais"]],
  sectionUntranslated: [["lire la section en anglais"]],
  languageNamed: [["en"], ["fr"], ["de"]],
  quote: [["Cookies"]],
  pdfPageOf: [["3", "12"]],
  downloadPdf: [["58 ko"]],
  kilobytes: [[58]],
};

/** One text a dictionary produces: where it comes from (key path, and the call for a function) and the text. */
type Output = { where: string; text: string };

/** A function's output as text: a string, or the parts of a sentence (all strings here, since the samples are). */
function asText(value: unknown, where: string): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((part) => typeof part === "string")) return value.join("");
  throw new Error(`${where} returned neither a string nor string parts: ${JSON.stringify(value)}`);
}

/** Every text a dictionary produces, walking its nested objects and calling each function with every sample. */
function outputsOf(dictionary: object, samples: Record<string, readonly (readonly unknown[])[]> = SAMPLES, prefix = ""): Output[] {
  return Object.entries(dictionary).flatMap(([key, value]): Output[] => {
    const where = `${prefix}${key}`;
    if (typeof value === "string") return [{ where, text: value }];
    if (typeof value === "function") {
      const calls = samples[where];
      if (!calls || calls.length === 0) throw new Error(`no sample arguments for ${where}: add them to SAMPLES`);
      return calls.map((args) => {
        const call = `${where}(${args.map((arg) => JSON.stringify(arg)).join(", ")})`;
        return { where: call, text: asText((value as (...parameters: unknown[]) => unknown)(...args), call) };
      });
    }
    if (typeof value === "object" && value !== null) return outputsOf(value, samples, `${where}.`);
    throw new Error(`${where} is a ${typeof value}, not a string, function or object`);
  });
}

/** The typography problems of every text of a dictionary, each with where it comes from. */
function typographyProblemsOf(dictionary: object): string[] {
  return outputsOf(dictionary).flatMap(({ where, text }) => frenchTypographyProblems(text).map((problem) => `${where}: ${problem}`));
}

/** The shape of a dictionary: every key path, with the kind of value (and a function's number of parameters). */
function shapeOf(dictionary: object, prefix = ""): string[] {
  return Object.entries(dictionary)
    .flatMap(([key, value]): string[] => {
      const where = `${prefix}${key}`;
      if (typeof value === "function") return [`${where}: function/${(value as (...parameters: unknown[]) => unknown).length}`];
      if (typeof value === "object" && value !== null) return [`${where}: object`, ...shapeOf(value, `${where}.`)];
      return [`${where}: ${typeof value}`];
    })
    .sort();
}

/**
 * English entries the French rightly shares: words French uses as they are ("Contact", "Sections", "Questions",
 * "Site") and outputs made of the arguments and punctuation only.
 */
const SAME_IN_BOTH = ["siteNavigation", "contactNav", "sectionsNavigation", "fileQuestions", "sectionCount", "versionsListTitle"];

/** The top-level entries whose every output is the same in French as in English. */
function entriesSameAsEnglish(): string[] {
  const english = new Map(outputsOf(en).map(({ where, text }) => [where, text]));
  const sameCalls = outputsOf(fr).map(({ where, text }) => ({ key: /^[^.(]+/.exec(where)?.[0] ?? where, same: english.get(where) === text }));
  const keys = [...new Set(sameCalls.map(({ key }) => key))];
  return keys.filter((key) => sameCalls.filter((call) => call.key === key).every((call) => call.same));
}

describe("the French dictionary's typography", () => {
  it("produces no text that breaks French spacing: no-break spaces before ; ! ? : and inside « », in every entry and every call", () => {
    expect(typographyProblemsOf(fr)).toEqual([]);
  });

  it("checks the text of every entry: strings, nested statuses, and every function with every sample", () => {
    const outputs = outputsOf(fr).map(({ where }) => where);
    expect(outputs).toContain("labelSeparator");
    expect(outputs).toContain("versionStatus.superseded");
    expect(outputs).toContain('supersededFrom("26 novembre 2026", null)');
    expect(outputs.filter((where) => where.startsWith("versionPageDescription("))).toHaveLength(4);
    const functions = Object.entries(fr).filter(([, value]) => typeof value === "function").map(([key]) => key);
    expect(Object.keys(SAMPLES).sort()).toEqual(functions.sort());
    for (const key of functions) {
      const arity = (fr[key as FunctionKey] as (...parameters: unknown[]) => unknown).length;
      for (const args of SAMPLES[key as FunctionKey]) expect(args, key).toHaveLength(arity);
    }
  });

  it("would report a plain space before a colon, or none before a question mark, in a string or a function's parts", () => {
    expect(frenchTypographyProblems("Dernière mise à jour : 26 novembre 2026")).toEqual([expect.stringContaining("a no-break space (U+00A0) before :, not a normal space")]);
    const broken: Dictionary = {
      ...fr,
      labelSeparator: " : ",
      embedQuestions: (email) => ["Des questions? Écrivez à ", email, "."],
      versionStatus: { ...fr.versionStatus, draft: "Brouillon !" },
      quote: (text) => `« ${text} »`,
    };
    const problems = typographyProblemsOf(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^labelSeparator: .*before :, not a normal space/),
        expect.stringMatching(/^embedQuestions\(.*before \?/),
        expect.stringMatching(/^versionStatus\.draft: .*before !, not a normal space/),
        expect.stringMatching(/^quote\(.*after «/),
        expect.stringMatching(/^quote\(.*before »/),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it("leaves addresses alone: a colon in a URL or after mailto is not punctuation", () => {
    expect(frenchTypographyProblems(fr.qrCodeOf("https://smartsiptv.fr/fr/privacy"))).toEqual([]);
    expect(frenchTypographyProblems("Écrivez à mailto:privacy@smartsiptv.fr")).toEqual([]);
  });
});

describe("the French dictionary's completeness", () => {
  it("has exactly the English dictionary's entries, nested ones included, each of the same kind and arity", () => {
    expect(shapeOf(fr)).toEqual(shapeOf(en));
  });

  it("would notice an entry missing from a nested object, or one the English does not have", () => {
    const missing = { ...fr, versionStatus: { "in-effect": "En vigueur", upcoming: "À venir", superseded: "Remplacée" } };
    expect(shapeOf(missing)).not.toEqual(shapeOf(en));
    expect(shapeOf({ ...fr, extra: "En trop" })).not.toEqual(shapeOf(en));
  });

  it("translates every entry: none is the English one, but for words French shares", () => {
    expect(entriesSameAsEnglish().sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it("would notice an English sentence left in French, even in one branch of a function", () => {
    const english = new Map(outputsOf(en).map(({ where, text }) => [where, text]));
    const leftInEnglish = { ...fr, notFoundTitle: en.notFoundTitle, supersededFrom: en.supersededFrom };
    const same = outputsOf(leftInEnglish).filter(({ where, text }) => english.get(where) === text).map(({ where }) => where);
    expect(same).toEqual(expect.arrayContaining(["notFoundTitle", 'supersededFrom("26 novembre 2026", null)', 'supersededFrom("26 novembre 2026", "1 janvier 2027")']));
  });

  it("gives each language of the site its own dictionary", () => {
    expect(LANGUAGES).toEqual(["en", "fr"]);
    expect(dictionaryOf("en")).toBe(en);
    expect(dictionaryOf("fr")).toBe(fr);
    expect(() => dictionaryOf("de")).toThrow(/no dictionary for "de"/);
  });
});

describe("formatDate", () => {
  it("writes a date in French with the month's French name, and in English with the English one", () => {
    expect(formatDate("2026-11-26", "fr")).toBe("26 novembre 2026");
    expect(formatDate("2026-11-26", "en")).toBe("26 November 2026");
  });
});
