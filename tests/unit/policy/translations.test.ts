import { describe, expect, it } from "vitest";
import { formatContentError } from "@/lib/policy";
import { CONTACT_PAGE_FILE, type ContentFile, VERSION_LOCK_FILE } from "@/lib/policy/files";
import { parseContent } from "@/lib/policy/parse-policy";
import { fileHash } from "@/lib/policy/version-lock";
import {
  CONTACT_FILE,
  contentFiles,
  fileAt,
  FIXTURE_IDS,
  FIXTURE_VERSION,
  listTranslation,
  POLICY_FILE,
  publishedAnchors,
  SECTIONS,
  sectionFile,
  translatedContactFile,
  translatedSectionFile,
  translatedVersionFile,
  translatedVersionFolder,
  translationSettingsFile,
  validFiles,
  versionFolder,
  versionLockOf,
  withFile,
  withoutFiles,
  withTranslation,
  withTranslationRecorded,
} from "./fixture-content";

/** The French translation's folder, and the sections of its translation of the fixture's published version. */
const FR = "content/translations/fr";
const FR_SECTIONS = `${FR}/versions/${FIXTURE_VERSION}/sections`;
/** A second version of the fixture, after FIXTURE_VERSION. */
const NEXT = "2026-03-01";

/** parseContent's errors and warnings, one formatted line each, and whether it returned the content. */
function check(files: readonly ContentFile[]) {
  const { data, errors, warnings } = parseContent(files);
  return { valid: data !== null, errors: errors.map(formatContentError), warnings: warnings.map(formatContentError) };
}

/** The English section file `NN-id.md` of `version` in `files`. */
const english = (files: readonly ContentFile[], name: string, version = FIXTURE_VERSION) => fileAt(files, `content/versions/${version}/sections/${name}`);

/**
 * `files` (English only) with a French translation mirroring them, in which the `replaced` files stand instead of
 * the mirrored ones and the `removed` ones are left out, recorded in the version lock as it then is: so that only
 * the difference the test makes is wrong.
 */
function frenchWith(files: readonly ContentFile[], { replaced = [], removed = [] }: { replaced?: ContentFile[]; removed?: string[] } = {}): ContentFile[] {
  let result = withoutFiles(withTranslation(files, { record: false }), ...removed);
  for (const file of replaced) result = withFile(result, file);
  return withTranslationRecorded(result);
}

/** The translation of version `from`, copied into the folder of version `to`: how a new version's translation starts. */
function copiedTranslation(files: readonly ContentFile[], from: string, to: string): ContentFile[] {
  return translatedVersionFolder(files, from).map((file) => ({ ...file, path: file.path.replace(`/versions/${from}/`, `/versions/${to}/`) }));
}

/** Sections whose text differs between the fixture's two versions: how NEXT changes FIXTURE_VERSION. */
const CHANGED = { echo: "Changed text of section 5. {#echo--text}", golf: "Changed text of section 7. {#golf--text}" };
/** Two published versions, NEXT changing the text (not the clauses) of echo and golf. */
const twoVersions = ({ drafts = [] }: { drafts?: string[] } = {}) =>
  contentFiles([versionFolder(FIXTURE_VERSION), versionFolder(NEXT, { bodies: CHANGED })], { drafts });

describe("translations", () => {
  describe("a complete translation", () => {
    it("is accepted when recorded, with no error and no warning, and becomes data.translations", () => {
      const files = withTranslation(validFiles());
      const { data, errors, warnings } = parseContent(files);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(data?.settings).toMatchObject({ prevails: "en", translations: { fr: { approved: false } } });
      // The English is what it was without the translation.
      expect(data?.versions.map((policy) => policy.version.effective)).toEqual([FIXTURE_VERSION]);

      expect(data?.translations).toHaveLength(1);
      const [french] = data?.translations ?? [];
      expect(french).toMatchObject({
        language: "fr",
        approved: false,
        title: "Politique de confidentialité",
        contact: { title: "Nous contacter", file: `${FR}/contact.md`, translates: fileHash(CONTACT_FILE.text) },
      });
      expect(french?.versions.map(({ effective, summary }) => ({ effective, summary }))).toEqual([{ effective: FIXTURE_VERSION, summary: `La version du ${FIXTURE_VERSION}.` }]);
      const sections = french?.versions[0]?.sections ?? [];
      expect(sections.map(({ id, number, title, file }) => ({ id, number, title, file }))).toEqual(
        FIXTURE_IDS.map((id, index) => ({ id, number: index + 1, title: `Article ${id}`, file: `${FR_SECTIONS}/${String(index + 1).padStart(2, "0")}-${id}.md` })),
      );
      expect(sections[0]?.clauses).toEqual([{ kind: "paragraph", id: "alpha--text" }]);
      expect(sections[0]?.translates).toBe(fileHash(english(files, "01-alpha.md").text));
      expect(sections[0]?.tree.type).toBe("root");
    });

    it("is approved once policy.yaml says so", () => {
      const { data, errors } = parseContent(withTranslation(validFiles(), { approved: true }));
      expect(errors).toEqual([]);
      expect(data?.translations.map(({ language, approved }) => ({ language, approved }))).toEqual([{ language: "fr", approved: true }]);
    });

    it("translates each version it has a folder for, oldest first", () => {
      const { data, errors, warnings } = parseContent(withTranslation(twoVersions()));
      expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
      expect(data?.translations[0]?.versions.map((version) => version.effective)).toEqual([FIXTURE_VERSION, NEXT]);
    });

    it("leaves data.translations empty when there is none", () => {
      expect(parseContent(validFiles()).data?.translations).toEqual([]);
    });
  });

  describe("the same sections and clauses as the English", () => {
    /** Section alpha with two clauses in English. */
    const TWO_CLAUSES = "First. {#alpha--one}\n\nSecond. {#alpha--two}";
    const twoClauses = () => contentFiles([versionFolder(FIXTURE_VERSION, { bodies: { alpha: TWO_CLAUSES } })], { anchors: publishedAnchors({ alpha: TWO_CLAUSES }) });
    /** The content with the French of section alpha written as `body`. */
    const frenchAlpha = (body: string) => {
      const files = twoClauses();
      return check(frenchWith(files, { replaced: [translatedSectionFile(english(files, "01-alpha.md"), { body })] }));
    };

    it("mirrors an English section of two clauses without a problem", () => {
      expect(frenchAlpha("Premier. {#alpha--one}\n\nSecond. {#alpha--two}")).toEqual({ valid: true, errors: [], warnings: [] });
    });

    it("fails when a translated section lacks a clause the English has, naming the clause and the English file", () => {
      expect(frenchAlpha("Premier. {#alpha--one}")).toEqual({
        valid: false,
        errors: [`${FR_SECTIONS}/01-alpha.md: body: lacks the clause {#alpha--two} of ${SECTIONS}/01-alpha.md — translate it, ending each with the same marker`],
        warnings: [],
      });
    });

    it("fails when a translated section has a clause the English lacks", () => {
      expect(frenchAlpha("Premier. {#alpha--one}\n\nSecond. {#alpha--two}\n\nTroisième. {#alpha--three}")).toEqual({
        valid: false,
        errors: [`${FR_SECTIONS}/01-alpha.md: body: has the clause {#alpha--three}, which ${SECTIONS}/01-alpha.md lacks — use the English clause ids, or remove it`],
        warnings: [],
      });
    });

    it("fails when a translated section has the English clauses in another order", () => {
      expect(frenchAlpha("Second. {#alpha--two}\n\nPremier. {#alpha--one}")).toEqual({
        valid: false,
        errors: [`${FR_SECTIONS}/01-alpha.md: body: has its clauses in another order than ${SECTIONS}/01-alpha.md — put them in the English order`],
        warnings: [],
      });
    });

    it("fails when a translated version lacks a whole section, naming the file to translate it as", () => {
      expect(check(frenchWith(validFiles(), { removed: [`${FR_SECTIONS}/10-juliet.md`] }))).toEqual({
        valid: false,
        errors: [`${FR_SECTIONS}: id: has no section "juliet", which the English has (${SECTIONS}/10-juliet.md) — translate it as ${FR_SECTIONS}/10-juliet.md`],
        warnings: [],
      });
    });

    it("fails when a translated version has a section the English lacks", () => {
      const kilo = translatedSectionFile(sectionFile(11, "kilo"));
      expect(kilo.path).toBe(`${FR_SECTIONS}/11-kilo.md`);
      expect(check(frenchWith(validFiles(), { replaced: [kilo] }))).toEqual({
        valid: false,
        errors: [`${FR_SECTIONS}/11-kilo.md: id: "kilo" is not a section of the English version ${FIXTURE_VERSION} — use the id of the English section it translates, or remove the file`],
        warnings: [],
      });
    });

    it("fails when a translated section has another number than the English one", () => {
      const files = validFiles();
      // Sections 1 and 2 swapped: each file well named after its number, and numbered 1 to 10, but not as the English.
      const replaced = [translatedSectionFile(english(files, "01-alpha.md"), { number: 2 }), translatedSectionFile(english(files, "02-bravo.md"), { number: 1 })];
      expect(replaced.map((file) => file.path)).toEqual([`${FR_SECTIONS}/02-alpha.md`, `${FR_SECTIONS}/01-bravo.md`]);
      expect(check(frenchWith(files, { replaced, removed: [`${FR_SECTIONS}/01-alpha.md`, `${FR_SECTIONS}/02-bravo.md`] }))).toEqual({
        valid: false,
        errors: [
          `${FR_SECTIONS}/02-alpha.md: number: 2 is not the English number 1 — number it as ${SECTIONS}/01-alpha.md is`,
          `${FR_SECTIONS}/01-bravo.md: number: 1 is not the English number 2 — number it as ${SECTIONS}/02-bravo.md is`,
        ],
        warnings: [],
      });
    });

    it("fails when a translated folder is named after a date with no English version", () => {
      const files = validFiles();
      const stray = copiedTranslation(files, FIXTURE_VERSION, "2026-05-01");
      expect(check([...withTranslation(files), ...stray])).toEqual({
        valid: false,
        errors: [`${FR}/versions/2026-05-01: folder name: no English version takes effect on 2026-05-01 — name the folder after the English version it translates (content/versions/YYYY-MM-DD)`],
        warnings: [],
      });
    });
  });

  describe("a translation behind the English", () => {
    /** Two published versions; the French of FIXTURE_VERSION copied into NEXT as it was, and recorded. */
    function copiedForward(): ContentFile[] {
      const files = twoVersions();
      return withTranslationRecorded([...withTranslation(files, { versions: [FIXTURE_VERSION], record: false }), ...copiedTranslation(files, FIXTURE_VERSION, NEXT)]);
    }
    const staleWarning = (version: string, name: string, id: string) =>
      `${FR}/versions/${version}/sections/${name}: translates: the English text (content/versions/${version}/sections/${name}) changed since it was translated — update the translation, then run npm run content:translated -- fr ${id}`;

    it("warns (and passes), naming each translated file whose English section changed since it was translated", () => {
      const result = check(copiedForward());
      expect(result).toEqual({ valid: true, errors: [], warnings: [staleWarning(NEXT, "05-echo.md", "echo"), staleWarning(NEXT, "07-golf.md", "golf")] });
    });

    it("stops warning about a section once its `translates` matches the English file again", () => {
      const files = copiedForward();
      const echo = translatedSectionFile(english(files, "05-echo.md", NEXT), { body: "Texte modifié de l’article 5. {#echo--text}" });
      expect(echo.text).toContain(`translates: ${fileHash(english(files, "05-echo.md", NEXT).text)}\n`);
      // The translation of a published version changed: it is recorded again, as content:translated does.
      expect(check(withTranslationRecorded(withFile(files, echo)))).toEqual({ valid: true, errors: [], warnings: [staleWarning(NEXT, "07-golf.md", "golf")] });
    });

    it("warns about a draft's translation too when the draft's English changes after it was translated", () => {
      const files = withTranslation(twoVersions({ drafts: [NEXT] }));
      expect(check(files)).toEqual({ valid: true, errors: [], warnings: [] });
      const edited = withFile(files, sectionFile(3, "charlie", { version: NEXT, body: "Reworded text of section 3. {#charlie--text}" }));
      expect(check(edited)).toEqual({ valid: true, errors: [], warnings: [staleWarning(NEXT, "03-charlie.md", "charlie")] });
    });

    it("warns when the newest published English version has no translation yet, naming the sections whose English changed", () => {
      const result = check(withTranslation(twoVersions(), { versions: [FIXTURE_VERSION] }));
      expect(result).toEqual({
        valid: true,
        errors: [],
        warnings: [
          `${FR}/versions/${NEXT}: folder: is missing: the English of ${NEXT} has no translation yet, so the fr pages show that of ${FIXTURE_VERSION}, marked as behind the English in echo, golf — copy ${FR}/versions/${FIXTURE_VERSION} there, update those sections, and run npm run content:translated -- fr --version ${NEXT} --all`,
        ],
      });
    });

    it("names no section behind when the newest version changed none of them", () => {
      const files = contentFiles([versionFolder(FIXTURE_VERSION), versionFolder(NEXT, { summary: "Only the summary is new." })]);
      expect(check(withTranslation(files, { versions: [FIXTURE_VERSION] })).warnings).toEqual([
        `${FR}/versions/${NEXT}: folder: is missing: the English of ${NEXT} has no translation yet, so the fr pages show that of ${FIXTURE_VERSION} — copy ${FR}/versions/${FIXTURE_VERSION} there, update those sections, and run npm run content:translated -- fr --version ${NEXT} --all`,
      ]);
    });

    it("does not warn that a draft has no translation yet: it is not in effect", () => {
      expect(check(withTranslation(twoVersions({ drafts: [NEXT] }), { versions: [FIXTURE_VERSION] }))).toEqual({ valid: true, errors: [], warnings: [] });
    });
  });

  describe("the record of a published version's translation", () => {
    it("fails when a published version's translation is not recorded in the version lock, naming the command that records it", () => {
      expect(check(withTranslation(validFiles(), { record: false }))).toEqual({
        valid: false,
        errors: [`${FR}/versions/${FIXTURE_VERSION}: recorded: is not recorded in ${VERSION_LOCK_FILE} — run npm run content:translated -- fr --version ${FIXTURE_VERSION} --all once it is complete`],
        warnings: [],
      });
    });

    it("records the hash of every file of the translated version, and the day", () => {
      const files = withTranslationRecorded(withTranslation(validFiles(), { record: false }), { recorded: "2026-02-10" });
      const record = versionLockOf(files)[FIXTURE_VERSION]?.translations?.fr;
      expect(record?.recorded).toBe("2026-02-10");
      expect(Object.keys(record?.files ?? {})).toEqual(["sections/01-alpha.md", ...FIXTURE_IDS.slice(1).map((id, index) => `sections/${String(index + 2).padStart(2, "0")}-${id}.md`), "version.yaml"]);
      expect(record?.files["version.yaml"]).toBe(fileHash(translatedVersionFile(FIXTURE_VERSION).text));
      expect(check(files)).toEqual({ valid: true, errors: [], warnings: [] });
    });

    it("fails when a recorded translation changed since it was recorded, naming the file, the day and the command", () => {
      const recorded = withTranslationRecorded(withTranslation(validFiles(), { record: false }), { recorded: "2026-02-10" });
      const charlie = translatedSectionFile(english(recorded, "03-charlie.md"), { body: "Texte corrigé de l’article 3. {#charlie--text}" });
      expect(check(withFile(recorded, charlie))).toEqual({
        valid: false,
        errors: [`${FR_SECTIONS}/03-charlie.md: recorded: differs from the translation recorded on 2026-02-10 — record it again: npm run content:translated -- fr --version ${FIXTURE_VERSION} --all`],
        warnings: [],
      });
      // Recorded again, it passes.
      expect(check(withTranslationRecorded(withFile(recorded, charlie)))).toEqual({ valid: true, errors: [], warnings: [] });
    });

    it("fails when a recorded translation's version.yaml changed too", () => {
      const recorded = withTranslation(validFiles());
      const summary = { ...translatedVersionFile(FIXTURE_VERSION), text: "summary: Un autre résumé.\n" };
      expect(check(withFile(recorded, summary)).errors).toEqual([
        `${FR}/versions/${FIXTURE_VERSION}/version.yaml: recorded: differs from the translation recorded on ${FIXTURE_VERSION} — record it again: npm run content:translated -- fr --version ${FIXTURE_VERSION} --all`,
      ]);
    });

    it("needs no record for a draft's translation: it is recorded when the draft is published", () => {
      const files = withTranslation(twoVersions({ drafts: [NEXT] }));
      const lock = versionLockOf(files);
      expect(Object.keys(lock)).toEqual([FIXTURE_VERSION]);
      expect(lock[FIXTURE_VERSION]?.translations?.fr).toBeDefined();
      const { data, errors, warnings } = parseContent(files);
      expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
      expect(data?.translations[0]?.versions.map((version) => version.effective)).toEqual([FIXTURE_VERSION, NEXT]);
    });
  });

  describe("policy.yaml lists every translation", () => {
    it("fails when content/translations/xx exists but policy.yaml does not list xx", () => {
      // fr is listed and complete; de has a folder, unlisted.
      const files = [...withTranslation(validFiles()), translationSettingsFile("de")];
      expect(check(files)).toEqual({
        valid: false,
        errors: ['content/policy.yaml: translations: does not list "de", which content/translations/de translates — add it: translations: { de: { approved: false } }'],
        warnings: [],
      });
    });

    it("fails when the only translation is not listed", () => {
      expect(check(withFile(withTranslation(validFiles()), POLICY_FILE)).errors).toEqual([
        'content/policy.yaml: translations: does not list "fr", which content/translations/fr translates — add it: translations: { fr: { approved: false } }',
      ]);
    });

    it("reads two translations side by side, in the order policy.yaml lists them", () => {
      const files = withTranslation(withTranslation(validFiles()), { language: "de", approved: true });
      expect(fileAt(files, "content/policy.yaml").text).toContain("translations:\n  de:\n    approved: true\n  fr:\n    approved: false\n");
      const { data, errors } = parseContent(files);
      expect(errors).toEqual([]);
      expect(data?.translations.map(({ language, approved }) => ({ language, approved }))).toEqual([
        { language: "de", approved: true },
        { language: "fr", approved: false },
      ]);
    });

    it("fails when a listed translation has no folder, naming the files it needs", () => {
      expect(check(listTranslation(validFiles())).errors).toEqual([
        `${FR}/policy.yaml: file: is missing — add it with the translated title, e.g. title: Politique de confidentialité`,
        `${FR}/contact.md: file: is missing — translate ${CONTACT_PAGE_FILE}, then run npm run content:translated -- fr --contact-page`,
      ]);
    });
  });

  describe("the translated contact page", () => {
    const reworded = { ...CONTACT_FILE, text: CONTACT_FILE.text.replace("Write to", "Email") };

    it("warns (and passes) when content/contact.md changed since it was translated, naming the command", () => {
      const files = withFile(withTranslation(validFiles()), reworded);
      expect(check(files)).toEqual({
        valid: true,
        errors: [],
        warnings: [`${FR}/contact.md: translates: the English text (content/contact.md) changed since it was translated — update the translation, then run npm run content:translated -- fr --contact-page`],
      });
    });

    it("stops warning once its `translates` matches content/contact.md again", () => {
      const files = withFile(withFile(withTranslation(validFiles()), reworded), translatedContactFile(reworded));
      expect(check(files)).toEqual({ valid: true, errors: [], warnings: [] });
    });

    it("fails when its `translates` is not a hash, naming the command that writes it", () => {
      const files = withFile(withTranslation(validFiles()), translatedContactFile(CONTACT_FILE, { translates: "later" }));
      expect(check(files).errors).toEqual([
        `${FR}/contact.md: translates: is not the hash of the English text it translates — run npm run content:translated -- fr --contact-page, which writes it`,
      ]);
    });
  });
});

describe("what a translation is checked against", () => {
  it("warns that the newest published version has no translation even when a later draft has one", () => {
    const DRAFT = "2026-04-01";
    const english = contentFiles([versionFolder(FIXTURE_VERSION), versionFolder(NEXT, { bodies: { echo: "Changed. {#echo--text}" } }), versionFolder(DRAFT)], { drafts: [DRAFT] });
    const { warnings } = check(withTranslation(english, { versions: [FIXTURE_VERSION, DRAFT] }));
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^${FR}/versions/${NEXT}: folder: is missing: the English of ${NEXT} has no translation yet, .*echo`)));
  });

  it("checks the links of the translated contact page", () => {
    const files = withTranslation(validFiles());
    const contact = fileAt(files, `${FR}/contact.md`);
    const { errors } = check(withFile(files, { ...contact, text: contact.text.replace("#bravo", "#zulu") }));
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^${FR}/contact\\.md: body: link "/privacy#zulu"`)));
  });

  it("refuses a prevailing language that is neither English nor a translation", () => {
    const files = withTranslation(validFiles());
    const policy = fileAt(files, "content/policy.yaml");
    const { errors } = check(withFile(files, { ...policy, text: `${policy.text}prevails: de\n` }));
    expect(errors).toContainEqual('content/policy.yaml: prevails: "de" is neither en nor a listed translation — write prevails: en, or the code of a translation in translations');
  });
});

describe("French typography in the translation", () => {
  it("refuses a normal space before a question mark, naming the file and the space to use", () => {
    const files = withTranslation(validFiles());
    const english = fileAt(files, `${SECTIONS}/03-charlie.md`);
    const broken = translatedSectionFile(english, { body: "Une question ? {#charlie--text}" });
    const { errors } = check(withTranslationRecorded(withFile(files, broken)));
    expect(errors).toEqual([`${FR_SECTIONS}/03-charlie.md: body: "Une question ?" needs a narrow no-break space (U+202F) before ?, not a normal space — French typography`]);
  });

  it("accepts the narrow no-break space there", () => {
    const files = withTranslation(validFiles());
    const english = fileAt(files, `${SECTIONS}/03-charlie.md`);
    const right = translatedSectionFile(english, { body: "Une question\u202F? {#charlie--text}" });
    expect(check(withTranslationRecorded(withFile(files, right))).errors).toEqual([]);
  });
});
