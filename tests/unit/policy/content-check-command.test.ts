import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dateIn } from "@/lib/policy";
import { checkContent } from "@/scripts/content-check";
import { anchorLockFile, FIXTURE_IDS, sectionFile, validFiles, versionFile, withFile, withSection, withVersionLock, writeContentDir } from "./fixture-content";

const projectRoot = process.cwd();
const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
const tempDirs: string[] = [];

/** The real content's one published version, and a date far enough ahead that "is in the past" never applies. */
const PUBLISHED = "2026-11-26";
const NEXT = "2099-01-01";
const PLACEHOLDER = "DRAFT: say in a sentence or two what changed.";
/** How the summary of content:check names the real content's French translation. */
const FRENCH = "translation fr (1 version, not yet approved)";

/** A copy of the real content/ in a temporary project folder, to break on purpose. */
function copyOfContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));
  tempDirs.push(dir);
  fs.cpSync(path.join(projectRoot, "content"), path.join(dir, "content"), { recursive: true });
  return dir;
}

/** Runs one of the content scripts as `npm run` does, in `cwd`: its exit status and its output, one line each. */
function runScript(cwd: string, name: string, args: string[] = []) {
  const result = spawnSync(tsx, [path.join(projectRoot, "scripts", `${name}.ts`), ...args], { cwd, encoding: "utf8", env: { ...process.env, SITE_URL: "" } });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trim().split("\n") };
}

const contentCheck = (cwd: string) => runScript(cwd, "content-check");
/** `npm run content:new-version -- --effective DATE …` */
const newVersion = (cwd: string, ...args: string[]) => runScript(cwd, "content-new-version", args);
/** `npm run content:publish -- DATE …` */
const publish = (cwd: string, ...args: string[]) => runScript(cwd, "content-publish", args);

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), "utf8");
const write = (dir: string, file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
const edit = (dir: string, file: string, from: string, to: string) => {
  const text = read(dir, file);
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  write(dir, file, text.replace(from, to));
};
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const listFiles = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort();

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run content:check", () => {
  it("prints a one-line summary and exits 0 when the content is valid", () => {
    const { status, lines } = contentCheck(copyOfContent());
    expect(status).toBe(0);
    expect(lines).toEqual([
      `content:check: OK — 1 published version (newest: ${PUBLISHED}, 10 sections), ${FRENCH}, the policy metadata and the contact page are valid (site https://smartsiptv.fr)`,
    ]);
  });

  it("prints one line per problem across files and exits 1", () => {
    const dir = copyOfContent();
    edit(dir, `content/versions/${PUBLISHED}/sections/03-data-protection.md`, "id: data-protection", "id: Data Protection");
    edit(dir, `content/versions/${PUBLISHED}/sections/10-contact.md`, "(/contact)", "(/contakt)");
    edit(dir, "content/policy.yaml", "contactEmail: support@smartsiptv.fr", "contactEmail: support");

    const { status, lines } = contentCheck(dir);
    expect(status).toBe(1);
    // The two section files belong to a published version: editing them is a problem of its own.
    const changed = (file: string) =>
      `${file}: published: differs from published version ${PUBLISHED} (content/versions.lock.json) — a published version never changes: undo the edit (git checkout -- ${file}), or start a new version instead: npm run content:new-version -- --effective YYYY-MM-DD`;
    expect(lines).toEqual([
      'content/policy.yaml: contactEmail: "support" is not an email address — write a full address, e.g. support@smartsiptv.fr',
      `content/versions/${PUBLISHED}/sections/03-data-protection.md: id: "Data Protection" is not lowercase-kebab — use "data-protection"`,
      `content/versions/${PUBLISHED}/sections/10-contact.md: body: link "/contakt" is not a page of this site — link to /privacy, /privacy/ID, /privacy#ID or /contact`,
      changed(`content/versions/${PUBLISHED}/sections/03-data-protection.md`),
      changed(`content/versions/${PUBLISHED}/sections/10-contact.md`),
      "content:check: 5 problems in 3 files",
    ]);
  });

  it("reports a missing sections folder instead of crashing", () => {
    const dir = copyOfContent();
    fs.rmSync(path.join(dir, "content", "versions", PUBLISHED, "sections"), { recursive: true });
    const { status, lines } = contentCheck(dir);
    expect(status).toBe(1);
    expect(lines[0]).toBe(
      `content/versions/${PUBLISHED}/sections: folder: cannot be read (it does not exist) — restore the folder with one Markdown file per section`,
    );
  });

  it("reports a missing versions folder instead of crashing", () => {
    const dir = copyOfContent();
    fs.rmSync(path.join(dir, "content", "versions"), { recursive: true });
    const { status, lines } = contentCheck(dir);
    expect(status).toBe(1);
    expect(lines[0]).toBe(
      "content/versions: folder: cannot be read (it does not exist) — restore the folder with one folder per version of the policy",
    );
  });
});

describe("checkContent", () => {
  it("refuses a section whose id is a reserved route segment, in the file that names it", () => {
    const files = withFile(
      withSection(validFiles(), 5, sectionFile(5, "embed", { body: "Text of section 5. {#embed--text}" })),
      anchorLockFile({ published: FIXTURE_IDS.map((id) => (id === "echo" ? "embed" : id)).flatMap((id) => [id, `${id}--text`]) }),
    );
    const dir = writeContentDir(withVersionLock(files), "content-check-");
    tempDirs.push(dir);
    expect(checkContent(dir)).toEqual({
      errors: [{ file: "content/versions/2026-02-01/sections/05-embed.md", field: "id", message: '"embed" is reserved for /privacy/embed, a page of its own — choose another id' }],
      warnings: [],
    });
  });

  it("refuses a reserved id in a draft too", () => {
    const draft = "2026-09-01";
    // A draft (the lock of validFiles() does not name it) whose section 5 is called embed.
    const draftFolder = [
      versionFile(draft),
      ...FIXTURE_IDS.map((id, index) => (id === "echo" ? sectionFile(5, "embed", { version: draft, body: "Text. {#embed--text}" }) : sectionFile(index + 1, id, { version: draft }))),
    ];
    const dir = writeContentDir([...validFiles(), ...draftFolder], "content-check-");
    tempDirs.push(dir);
    expect(checkContent(dir)).toEqual({
      errors: [{ file: `content/versions/${draft}/sections/05-embed.md`, field: "id", message: '"embed" is reserved for /privacy/embed, a page of its own — choose another id' }],
      warnings: [],
    });
  });
});

describe("npm run content:new-version", () => {
  it("starts a draft: a copy of the newest version's sections, with a placeholder summary, that content:check accepts and lists", () => {
    const dir = copyOfContent();
    const { status, lines } = newVersion(dir, "--effective", NEXT);
    expect(lines.join("\n")).toContain(`draft content/versions/${NEXT}/ made from ${PUBLISHED} (10 sections)`);
    expect(status).toBe(0);

    const from = path.join(dir, "content", "versions", PUBLISHED);
    const to = path.join(dir, "content", "versions", NEXT);
    // The text is copied; the PDF is the published version's own, and a draft has none until it is published.
    expect(listFiles(to)).toEqual(listFiles(from).filter((file) => file !== "policy.pdf"));
    for (const file of listFiles(path.join(from, "sections"))) {
      expect(read(to, `sections/${file}`)).toBe(read(from, `sections/${file}`));
    }
    const versionYaml = read(to, "version.yaml");
    expect(versionYaml).toContain(`summary: ${JSON.stringify(PLACEHOLDER)}`);
    expect(versionYaml).toContain("significant: false");
    expect(versionYaml).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
    // Nothing is published by starting a draft.
    expect(read(dir, "content/versions.lock.json")).toBe(read(projectRoot, "content/versions.lock.json"));

    const check = contentCheck(dir);
    expect(check.lines).toEqual([
      `content:check: OK — 1 published version (newest: ${PUBLISHED}, 10 sections), draft ${NEXT}, ${FRENCH}, the policy metadata and the contact page are valid (site https://smartsiptv.fr)`,
    ]);
    expect(check.status).toBe(0);
  });

  it("writes the summary and significance it is given, and today's date as the last change", () => {
    const dir = copyOfContent();
    const before = dateIn("Europe/Paris");
    expect(newVersion(dir, "--effective", NEXT, "--summary", "Explains cookies: more detail.", "--significant").status).toBe(0);
    const after = dateIn("Europe/Paris");
    const versionYaml = read(dir, `content/versions/${NEXT}/version.yaml`);
    expect(versionYaml).toContain('summary: "Explains cookies: more detail."');
    expect(versionYaml).toContain("significant: true");
    expect([before, after]).toContainEqual(/^updated: (\S+)$/m.exec(versionYaml)?.[1]);
  });

  it.each([
    [PUBLISHED, `content/versions/${PUBLISHED} exists already`],
    ["2026-06-01", `2026-06-01 is not after the newest published version, ${PUBLISHED}: a new version takes effect after it`],
    ["2099-02-30", "--effective 2099-02-30 is not a date — write it as YYYY-MM-DD"],
  ])("refuses --effective %s, creating nothing", (effective, message) => {
    const dir = copyOfContent();
    const before = listFiles(path.join(dir, "content"));
    expect(newVersion(dir, "--effective", effective)).toEqual({ status: 1, lines: [`content:new-version: ${message}`] });
    expect(listFiles(path.join(dir, "content"))).toEqual(before);
  });
});

describe("npm run content:publish", () => {
  /** A copy of the content with a draft of NEXT started in it. */
  function withDraft(): string {
    const dir = copyOfContent();
    const { status, lines } = newVersion(dir, "--effective", NEXT);
    if (status !== 0) throw new Error(lines.join("\n"));
    return dir;
  }
  const draftFile = (file: string) => `content/versions/${NEXT}/${file}`;
  /** The warning of content:check while NEXT is published and its French is not there yet. */
  const untranslatedWarning = (changed: string) =>
    `warning: content/translations/fr/versions/${NEXT}: folder: is missing: the English of ${NEXT} has no translation yet, so the fr pages show that of ${PUBLISHED}, marked as behind the English in ${changed} — copy content/translations/fr/versions/${PUBLISHED} there, update those sections, and run npm run content:translated -- fr --version ${NEXT} --all`;
  const locks = (dir: string) => ({ versions: read(dir, "content/versions.lock.json"), anchors: read(dir, "content/anchors.json") });

  it("refuses a draft that still has the placeholder summary, changing nothing", () => {
    const dir = withDraft();
    const before = locks(dir);
    expect(publish(dir, NEXT, "--announced", "2098-12-01")).toEqual({
      status: 1,
      lines: [`content:publish: content/versions/${NEXT}/version.yaml still has the draft's placeholder summary — say in a sentence or two what changed`],
    });
    expect(locks(dir)).toEqual(before);
  });

  it("records the version's file hashes, its announcement date and its anchors; then the version is published", () => {
    const dir = withDraft();
    edit(dir, draftFile("version.yaml"), JSON.stringify(PLACEHOLDER), '"Says more about cookies."');
    const cookies = draftFile("sections/05-cookies.md");
    write(dir, cookies, `${read(dir, cookies)}\nWe never sell cookie data. {#cookies--never-sell-data}\n`);

    const { status, lines } = publish(dir, NEXT, "--announced", "2098-12-01");
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^content:publish: ${NEXT} published \\(announced 2098-12-01\\), 11 files locked in content/versions\\.lock\\.json, PDFs made: content/versions/${NEXT}/policy\\.pdf\\.`),
      ),
    ]);
    expect(status).toBe(0);

    const lock: unknown = JSON.parse(read(dir, "content/versions.lock.json"));
    const realLock: unknown = JSON.parse(read(projectRoot, "content/versions.lock.json"));
    const folder = path.join(dir, "content", "versions", NEXT);
    const texts = listFiles(folder).filter((file) => file !== "policy.pdf");
    const expectedFiles = Object.fromEntries(texts.map((file) => [file.split(path.sep).join("/"), sha256(read(folder, file))]));
    expect(Object.keys(expectedFiles)).toHaveLength(11);
    // Its PDF is printed beside it and recorded by the hash of its bytes.
    const pdf = fs.readFileSync(path.join(folder, "policy.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(lock).toEqual({ ...(realLock as object), [NEXT]: { announced: "2098-12-01", files: expectedFiles, pdf: createHash("sha256").update(pdf).digest("hex") } });

    const anchors: unknown = JSON.parse(read(dir, "content/anchors.json"));
    expect(anchors).toMatchObject({ published: expect.arrayContaining(["cookies--never-sell-data", "cookies", "contact--privacy-related-questions"]) });

    // The French stays at PUBLISHED: a warning, not a failure, names the section whose English changed.
    expect(contentCheck(dir)).toEqual({
      status: 0,
      lines: [
        `content:check: OK — 2 published versions (newest: ${NEXT}, 10 sections), ${FRENCH}, the policy metadata and the contact page are valid (site https://smartsiptv.fr)`,
        untranslatedWarning("cookies"),
      ],
    });
  });

  it("makes content:check fail on a later edit of the version, naming the file", () => {
    const dir = withDraft();
    edit(dir, draftFile("version.yaml"), JSON.stringify(PLACEHOLDER), '"Says more about cookies."');
    expect(publish(dir, NEXT, "--announced", "2098-12-01").status).toBe(0);

    const cookies = draftFile("sections/05-cookies.md");
    edit(dir, cookies, "essential cookies", "strictly necessary cookies");
    const { status, lines } = contentCheck(dir);
    expect(status).toBe(1);
    expect(lines).toEqual([
      untranslatedWarning("cookies"),
      `${cookies}: published: differs from published version ${NEXT} (content/versions.lock.json) — a published version never changes: undo the edit (git checkout -- ${cookies}), or start a new version instead: npm run content:new-version -- --effective YYYY-MM-DD`,
      "content:check: 1 problem in 1 file",
    ]);
  });

  it("refuses a version that would be announced after it takes effect, changing nothing", () => {
    const dir = withDraft();
    edit(dir, draftFile("version.yaml"), JSON.stringify(PLACEHOLDER), '"Says more about cookies."');
    const before = locks(dir);
    expect(publish(dir, NEXT, "--announced", "2099-01-02")).toEqual({
      status: 1,
      lines: [`content:publish: it would be announced on 2099-01-02, after it takes effect on ${NEXT}: choose a later effective date (rename the folder) so readers get notice`],
    });
    expect(locks(dir)).toEqual(before);
    // On its effective date at the latest, it can be.
    expect(publish(dir, NEXT, "--announced", NEXT).status).toBe(0);
  });

  it("refuses a version already published, and one with no folder", () => {
    const dir = copyOfContent();
    expect(publish(dir, PUBLISHED).lines).toEqual([
      `content:publish: ${PUBLISHED} is published already; a published version never changes — start a new one: npm run content:new-version -- --effective YYYY-MM-DD`,
    ]);
    expect(publish(dir, NEXT)).toEqual({
      status: 1,
      lines: [`content:publish: there is no draft content/versions/${NEXT} — start one: npm run content:new-version -- --effective ${NEXT}`],
    });
  });

  it("publishes nothing when the version is invalid, and restores both locks", () => {
    const dir = withDraft();
    edit(dir, draftFile("version.yaml"), JSON.stringify(PLACEHOLDER), '"Says more about cookies."');
    // The draft loses a published anchor without an alias: fine for a draft, not for the newest published version.
    edit(dir, draftFile("sections/05-cookies.md"), "{#cookies--essential-cookies-maintain}", "{#cookies--reworded}");
    const before = locks(dir);
    const { status, lines } = publish(dir, NEXT, "--announced", "2098-12-01");
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringContaining(`content/anchors.json: published: anchor "cookies--essential-cookies-maintain" no longer exists in the newest version (${NEXT})`),
      "content:publish: not published: fix the 1 problem above, then run it again",
    ]);
    expect(locks(dir)).toEqual(before);
  });
});

describe("translations", () => {
  /** `npm run content:translated -- LANG …` */
  const translated = (cwd: string, ...args: string[]) => runScript(cwd, "content-translated", args);
  const FR_PUBLISHED = `content/translations/fr/versions/${PUBLISHED}`;
  const FR_NEXT = `content/translations/fr/versions/${NEXT}`;
  const FR_CONTACT_PAGE = "content/translations/fr/contact.md";
  /** A valid hash that is not that of any English file: what `translates` says once the English changed. */
  const OLDER_HASH = sha256("the English as it was before");
  const translatesOf = (dir: string, file: string) => /^translates: (\S+)$/m.exec(read(dir, file))?.[1];
  /** Writes `hash` as the `translates` of a translated file. */
  const setTranslates = (dir: string, file: string, hash: string) => {
    const text = read(dir, file);
    if (!/^translates: \S+$/m.test(text)) throw new Error(`${file} has no translates line`);
    write(dir, file, text.replace(/^translates: \S+$/m, `translates: ${hash}`));
  };
  /** The French translation of PUBLISHED copied as the start of that of NEXT (a draft the test starts). */
  function withTranslatedDraft(): string {
    const dir = copyOfContent();
    const { status, lines } = newVersion(dir, "--effective", NEXT);
    if (status !== 0) throw new Error(lines.join("\n"));
    fs.cpSync(path.join(dir, FR_PUBLISHED), path.join(dir, FR_NEXT), { recursive: true });
    return dir;
  }
  const lockOf = (dir: string) => JSON.parse(read(dir, "content/versions.lock.json")) as Record<string, { translations?: Record<string, { recorded: string; files: Record<string, string> }> }>;
  /** The hashes of a translated version's files, as the lock records them. */
  /** A translation's lock record: its text files' hashes, and its PDF's, by the hash of its bytes. */
  const folderHashes = (dir: string, folder: string) =>
    Object.fromEntries(
      listFiles(path.join(dir, folder))
        .filter((file) => file !== "policy.pdf")
        .map((file) => [file.split(path.sep).join("/"), sha256(read(dir, `${folder}/${file}`))]),
    );
  const pdfHash = (dir: string, folder: string) => createHash("sha256").update(fs.readFileSync(path.join(dir, folder, "policy.pdf"))).digest("hex");
  const wroteLine = (folder: string) => `content:translated: wrote ${folder}/policy.pdf`;
  /** The day content:translated says it recorded the translation on, checked to be today (in the policy's time zone). */
  const recordedDay = (lines: string[], before: string, after: string) => {
    const day = lines.find((line) => line.startsWith("content:translated:"))?.match(/\((\d{4}-\d{2}-\d{2})\)/)?.[1] ?? "";
    expect([before, after]).toContain(day);
    return day;
  };
  const recordedLine = (day: string) => `content:translated: the fr translation of ${PUBLISHED} is recorded in content/versions.lock.json (${day}). Commit content/.`;

  it("content:check prints a warning line and exits 0 when the English of a draft changed after its translation", () => {
    const dir = withTranslatedDraft();
    const summary = `content:check: OK — 1 published version (newest: ${PUBLISHED}, 10 sections), draft ${NEXT}, translation fr (2 versions, not yet approved), the policy metadata and the contact page are valid (site https://smartsiptv.fr)`;
    expect(contentCheck(dir)).toEqual({ status: 0, lines: [summary] });

    const cookies = `content/versions/${NEXT}/sections/05-cookies.md`;
    edit(dir, cookies, "essential cookies", "strictly necessary cookies");
    expect(contentCheck(dir)).toEqual({
      status: 0,
      lines: [
        summary,
        `warning: ${FR_NEXT}/sections/05-cookies.md: translates: the English text (${cookies}) changed since it was translated — update the translation, then run npm run content:translated -- fr cookies`,
      ],
    });

    // Translated again: the draft's translation is marked, not recorded (it is recorded when the draft is published).
    const lockBefore = read(dir, "content/versions.lock.json");
    expect(translated(dir, "fr", "cookies")).toEqual({ status: 0, lines: [`${FR_NEXT}/sections/05-cookies.md: translates ${cookies} as it is now`] });
    expect(translatesOf(dir, `${FR_NEXT}/sections/05-cookies.md`)).toBe(sha256(read(dir, cookies)));
    expect(read(dir, "content/versions.lock.json")).toBe(lockBefore);
    expect(contentCheck(dir)).toEqual({ status: 0, lines: [summary] });
  });

  it("content:check warns, and fails, when a recorded translation's `translates` was edited by hand", () => {
    const dir = copyOfContent();
    const cookies = `${FR_PUBLISHED}/sections/05-cookies.md`;
    setTranslates(dir, cookies, OLDER_HASH);
    expect(contentCheck(dir)).toEqual({
      status: 1,
      lines: [
        `warning: ${cookies}: translates: the English text (content/versions/${PUBLISHED}/sections/05-cookies.md) changed since it was translated — update the translation, then run npm run content:translated -- fr cookies`,
        `${cookies}: recorded: differs from the translation recorded on ${lockOf(projectRoot)[PUBLISHED]?.translations?.fr?.recorded} — record it again: npm run content:translated -- fr --version ${PUBLISHED} --all`,
        "content:check: 1 problem in 1 file",
      ],
    });
  });

  it("content:translated -- fr cookies writes the English file's hash into `translates` and records the translation with today's date", () => {
    const dir = copyOfContent();
    const cookies = `${FR_PUBLISHED}/sections/05-cookies.md`;
    const english = `content/versions/${PUBLISHED}/sections/05-cookies.md`;
    setTranslates(dir, cookies, OLDER_HASH);

    const before = dateIn("Europe/Paris");
    const { status, lines } = translated(dir, "fr", "cookies");
    const after = dateIn("Europe/Paris");
    const day = recordedDay(lines, before, after);
    // The recorded translation's PDF is printed again from its text.
    expect({ status, lines }).toEqual({ status: 0, lines: [`${cookies}: translates ${english} as it is now`, recordedLine(day), wroteLine(FR_PUBLISHED)] });

    expect(translatesOf(dir, cookies)).toBe(sha256(read(dir, english)));
    // Only that line changed: the real file already translated the English as it is.
    expect(read(dir, cookies)).toBe(read(projectRoot, cookies));
    const realLock = lockOf(projectRoot);
    expect(lockOf(dir)).toEqual({
      ...realLock,
      [PUBLISHED]: { ...realLock[PUBLISHED], translations: { fr: { recorded: day, files: folderHashes(dir, FR_PUBLISHED), pdf: pdfHash(dir, FR_PUBLISHED) } } },
    });
    expect(contentCheck(dir)).toEqual({
      status: 0,
      lines: [`content:check: OK — 1 published version (newest: ${PUBLISHED}, 10 sections), translation fr (1 version, not yet approved), the policy metadata and the contact page are valid (site https://smartsiptv.fr)`],
    });
  });

  it("content:translated -- fr contact marks section 10 (id contact); --contact-page marks the contact page", () => {
    const dir = copyOfContent();
    const section = `${FR_PUBLISHED}/sections/10-contact.md`;
    setTranslates(dir, section, OLDER_HASH);
    setTranslates(dir, FR_CONTACT_PAGE, OLDER_HASH);

    const before = dateIn("Europe/Paris");
    const bySection = translated(dir, "fr", "contact");
    const day = recordedDay(bySection.lines, before, dateIn("Europe/Paris"));
    expect(bySection.lines.slice(0, 3)).toEqual([`${section}: translates content/versions/${PUBLISHED}/sections/10-contact.md as it is now`, recordedLine(day), wroteLine(FR_PUBLISHED)]);
    expect(read(dir, section)).toBe(read(projectRoot, section));
    // The contact page is untouched, and still behind: a warning, not a failure.
    expect(translatesOf(dir, FR_CONTACT_PAGE)).toBe(OLDER_HASH);
    expect(bySection.lines.slice(3)).toEqual([
      `warning: ${FR_CONTACT_PAGE}: translates: the English text (content/contact.md) changed since it was translated — update the translation, then run npm run content:translated -- fr --contact-page`,
    ]);
    expect(bySection.status).toBe(0);

    expect(translated(dir, "fr", "--contact-page")).toEqual({
      status: 0,
      lines: [`${FR_CONTACT_PAGE}: translates content/contact.md as it is now`, recordedLine(day), wroteLine(FR_PUBLISHED)],
    });
    expect(read(dir, FR_CONTACT_PAGE)).toBe(read(projectRoot, FR_CONTACT_PAGE));
    expect(contentCheck(dir).lines).toEqual([
      `content:check: OK — 1 published version (newest: ${PUBLISHED}, 10 sections), translation fr (1 version, not yet approved), the policy metadata and the contact page are valid (site https://smartsiptv.fr)`,
    ]);
  });

  it("content:translated refuses a section the English lacks, and a call that names nothing, changing nothing", () => {
    const dir = copyOfContent();
    const before = listFiles(path.join(dir, "content")).map((file) => [file, read(dir, `content/${file}`)]);
    expect(translated(dir, "fr", "kuki")).toEqual({ status: 1, lines: [`content:translated: the English version ${PUBLISHED} has no section "kuki"`] });
    expect(translated(dir, "fr")).toEqual({ status: 1, lines: ["content:translated: name the sections translated by their ids, or give --contact-page or --all"] });
    expect(listFiles(path.join(dir, "content")).map((file) => [file, read(dir, `content/${file}`)])).toEqual(before);
  });

  it("content:publish records the draft's translation with the version, on the day it is announced", () => {
    const dir = withTranslatedDraft();
    edit(dir, `content/versions/${NEXT}/version.yaml`, JSON.stringify(PLACEHOLDER), '"Says more about cookies."');
    expect(publish(dir, NEXT, "--announced", "2098-12-01").status).toBe(0);
    expect(lockOf(dir)[NEXT]?.translations).toEqual({ fr: { recorded: "2098-12-01", files: folderHashes(dir, FR_NEXT), pdf: pdfHash(dir, FR_NEXT) } });
    expect(contentCheck(dir)).toEqual({
      status: 0,
      lines: [
        `content:check: OK — 2 published versions (newest: ${NEXT}, 10 sections), translation fr (2 versions, not yet approved), the policy metadata and the contact page are valid (site https://smartsiptv.fr)`,
      ],
    });
  });
});
