import { describe, expect, it } from "vitest";
import { formatContentError } from "@/lib/policy";
import type { ContentFile } from "@/lib/policy/files";
import {
  anchorLockFile,
  CONTACT_FILE,
  FIXTURE_DIR,
  FIXTURE_IDS,
  POLICY_FILE,
  parseFixture,
  SECTIONS,
  sectionFile,
  validFiles,
  VERSION_FILE,
  versionFile,
  withFile,
  withSection,
} from "./fixture-content";

function problems(files: ContentFile[], options: { siteUrlOverride?: string } = {}): string[] {
  return parseFixture(files, { ...options }).errors.map(formatContentError);
}

const section3 = (frontmatter: string, body?: string) =>
  withSection(validFiles(), 3, { ...sectionFile(3, "charlie", { frontmatter, body }) });

/** The fixture policy with sections numbered `numbers` (one file each, named after its number and fixture id). */
function numberedFiles(numbers: readonly number[]): ContentFile[] {
  const ids = numbers.map((_, index) => FIXTURE_IDS[index] ?? `extra${index}`);
  const sections = numbers.map((number, index) => {
    const id = ids[index] ?? "";
    return sectionFile(number, id, { frontmatter: `id: ${id}\nnumber: ${number}\ntitle: Section ${id}\nupdated: 2026-01-01` });
  });
  return [POLICY_FILE, CONTACT_FILE, anchorLockFile({ published: ids.flatMap((id) => [id, `${id}--text`]) }), VERSION_FILE, ...sections];
}

describe("parseContent", () => {
  it("accepts a complete, valid policy and returns its sections in number order", () => {
    const shuffled = validFiles().reverse();
    const { data, errors } = parseFixture(shuffled);
    expect(errors).toEqual([]);
    expect(data?.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data?.sections[1]).toMatchObject({ id: "bravo", title: "Section bravo", file: "content/versions/2026-02-01/sections/02-bravo.md" });
    expect(data?.metadata).toMatchObject({ organization: "example.org", siteUrl: "https://example.org" });
    expect(data?.contact.title).toBe("Contact");
  });

  it("keeps each file's parsed Markdown in the model, its clause markers already removed", () => {
    const { data } = parseFixture(validFiles());
    const tree = data?.sections[0]?.tree;
    expect(tree?.type).toBe("root");
    expect(JSON.stringify(tree)).not.toContain("{#");
    expect(tree?.children[0]).toMatchObject({ type: "paragraph", data: { clauseId: "alpha--text", hProperties: { dataClause: "alpha--text" } } });
    expect(data?.contact.tree.type).toBe("root");
  });

  it("rejects frontmatter that is not valid YAML, naming the line", () => {
    expect(problems(section3("id: charlie\nnumber: 3\ntitle: C\n  updated: 2026-01-01"))).toEqual([
      expect.stringMatching(/^content\/versions\/2026-02-01\/sections\/03-charlie\.md: frontmatter: is not valid YAML at line 5 .* — /),
    ]);
  });

  it("rejects a file without frontmatter", () => {
    const files = withSection(validFiles(), 3, { path: "content/versions/2026-02-01/sections/03-charlie.md", text: "Just text.\n" });
    expect(problems(files)).toContainEqual(expect.stringMatching(/^content\/versions\/2026-02-01\/sections\/03-charlie\.md: frontmatter: is missing — /));
  });

  it("rejects a file in the sections folder that is not Markdown", () => {
    const files = [...validFiles(), { path: "content/versions/2026-02-01/sections/notes.txt", text: "notes" }];
    expect(problems(files)).toEqual([
      "content/versions/2026-02-01/sections/notes.txt: file name: is not a Markdown file — sections are NN-id.md files; move other files out of content/versions/2026-02-01/sections",
    ]);
  });

  it.each(["id", "number", "title", "updated"])("rejects a section without %s", (field) => {
    const fields = { id: "charlie", number: "3", title: "Section charlie", updated: "2026-01-01" };
    const frontmatter = Object.entries(fields)
      .filter(([name]) => name !== field)
      .map(([name, value]) => `${name}: ${value}`)
      .join("\n");
    expect(problems(section3(frontmatter))).toContainEqual(
      expect.stringMatching(new RegExp(`^content/versions/2026-02-01/sections/03-charlie\\.md: ${field}: is missing — add`)),
    );
  });

  it("rejects a number written as text", () => {
    expect(problems(section3('id: charlie\nnumber: "three"\ntitle: C\nupdated: 2026-01-01'))).toContainEqual(
      'content/versions/2026-02-01/sections/03-charlie.md: number: "three" is not a number — write a whole number from 1 without quotes, e.g. number: 3',
    );
  });

  it("rejects an unknown frontmatter field and lists the known ones", () => {
    expect(problems(section3("id: charlie\nnumber: 3\ntitle: C\nupdated: 2026-01-01\nauthor: Bob"))).toEqual([
      "content/versions/2026-02-01/sections/03-charlie.md: author: is not a known field — remove it, or fix its spelling (fields: id, number, title, updated)",
    ]);
  });

  it("rejects an id that is not lowercase-kebab and suggests the kebab form", () => {
    expect(problems(section3("id: Data Protection\nnumber: 3\ntitle: C\nupdated: 2026-01-01"))).toContainEqual(
      'content/versions/2026-02-01/sections/03-charlie.md: id: "Data Protection" is not lowercase-kebab — use "data-protection"',
    );
  });

  it("rejects a section whose id repeats another", () => {
    const files = withSection(validFiles(), 3, sectionFile(3, "bravo", { body: "Other text. {#bravo--other}" }));
    expect(problems(files)).toEqual([
      'content/versions/2026-02-01/sections/03-bravo.md: id: "bravo" is already the id of content/versions/2026-02-01/sections/02-bravo.md — give each section its own id',
    ]);
  });

  describe("the number of sections", () => {
    it("accepts a policy with eleven sections, numbered 1 to 11", () => {
      const { data, errors } = parseFixture(numberedFiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
      expect(errors).toEqual([]);
      expect(data?.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(data?.sections.at(-1)).toMatchObject({ id: "extra10", file: "content/versions/2026-02-01/sections/11-extra10.md" });
    });

    it.each([[[1, 2]], [[1, 2, 3]]])("accepts a policy of just sections %j", (numbers) => {
      expect(problems(numberedFiles(numbers))).toEqual([]);
    });

    it("refuses numbers with a gap, naming the missing number and how to fix it", () => {
      expect(problems(numberedFiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]))).toEqual([
        "content/versions/2026-02-01/sections: number: no section has number 10 — add content/versions/2026-02-01/sections/10-ID.md, or renumber the sections 1 to 10",
      ]);
    });

    it("refuses a duplicate number, naming both files and the range to renumber to", () => {
      expect(problems(numberedFiles([1, 2, 2]))).toEqual([
        "content/versions/2026-02-01/sections/02-charlie.md: number: 2 is already the number of content/versions/2026-02-01/sections/02-bravo.md — number the sections 1 to 3, each once",
        "content/versions/2026-02-01/sections: number: no section has number 3 — add content/versions/2026-02-01/sections/03-ID.md, or renumber the sections 1 to 3",
      ]);
    });

    it("rejects two sections with the same number, and reports the number left without a section", () => {
      const files = withSection(validFiles(), 3, sectionFile(3, "charlie", { frontmatter: "id: charlie\nnumber: 2\ntitle: C\nupdated: 2026-01-01" }));
      expect(problems(files)).toEqual(
        expect.arrayContaining([
          "content/versions/2026-02-01/sections/03-charlie.md: number: 2 is already the number of content/versions/2026-02-01/sections/02-bravo.md — number the sections 1 to 10, each once",
          "content/versions/2026-02-01/sections: number: no section has number 3 — add content/versions/2026-02-01/sections/03-ID.md, or renumber the sections 1 to 10",
        ]),
      );
    });

    it("rejects a policy with a section missing", () => {
      const files = validFiles().filter((file) => file.path !== "content/versions/2026-02-01/sections/07-golf.md");
      expect(problems(files)).toEqual([
        "content/versions/2026-02-01/sections: number: no section has number 7 — add content/versions/2026-02-01/sections/07-ID.md, or renumber the sections 1 to 9",
      ]);
    });

    it("does not report a gap when a file's number is unreadable: its own error says what is wrong", () => {
      expect(problems(section3('id: charlie\nnumber: "three"\ntitle: C\nupdated: 2026-01-01'))).toEqual([
        'content/versions/2026-02-01/sections/03-charlie.md: number: "three" is not a number — write a whole number from 1 without quotes, e.g. number: 3',
      ]);
    });

    it.each([0, -1, 2.5])("rejects section number %s", (number) => {
      expect(problems(section3(`id: charlie\nnumber: ${number}\ntitle: C\nupdated: 2026-01-01`))).toContainEqual(
        expect.stringMatching(/^content\/versions\/2026-02-01\/sections\/03-charlie\.md: number: .* — use a (whole )?number from 1/),
      );
    });
  });

  it("rejects a file name that disagrees with the number and id", () => {
    const files = withSection(validFiles(), 3, { ...sectionFile(3, "charlie"), path: "content/versions/2026-02-01/sections/3-charly.md" });
    expect(problems(files)).toEqual([
      'content/versions/2026-02-01/sections/3-charly.md: file name: does not match number 3 and id "charlie" — rename the file to 03-charlie.md',
    ]);
  });

  it("rejects a section with an empty body", () => {
    expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "   \n" })))).toEqual([
      "content/versions/2026-02-01/sections/03-charlie.md: body: is empty — write the text below the frontmatter",
    ]);
  });

  it.each(["2026-02-30", "2026-13-01", "26/11/2026", "yesterday"])("rejects the date %s", (date) => {
    expect(problems(section3(`id: charlie\nnumber: 3\ntitle: C\nupdated: ${date}`))).toContainEqual(
      expect.stringMatching(/^content\/versions\/2026-02-01\/sections\/03-charlie\.md: updated: .* — write .*YYYY-MM-DD/),
    );
  });

  describe("the dates of a version", () => {
    const withVersion = (facts: { updated?: string; summary?: string; significant?: boolean }) =>
      withFile(validFiles(), versionFile("2026-02-01", { summary: "The first version.", ...facts }));

    it("accepts a version last updated on the day it takes effect", () => {
      expect(problems(withVersion({ updated: "2026-02-01" }))).toEqual([]);
    });

    it("refuses a version last updated after it takes effect: its text is final on its effective date", () => {
      expect(problems(withVersion({ updated: "2026-02-02" }))).toEqual([
        `${FIXTURE_DIR}/version.yaml: updated: 2026-02-02 is after the version's effective date 2026-02-01 — the text of a version is final when it takes effect; use the date of its last change`,
      ]);
    });

    it("refuses a version date older than its newest section, naming that section", () => {
      const files = withSection(withVersion({ updated: "2026-01-15" }), 3, sectionFile(3, "charlie", { frontmatter: "id: charlie\nnumber: 3\ntitle: C\nupdated: 2026-01-20" }));
      expect(problems(files)).toEqual([
        `${FIXTURE_DIR}/version.yaml: updated: 2026-01-15 is older than ${SECTIONS}/03-charlie.md (updated 2026-01-20) — set it to 2026-01-20 or later`,
      ]);
    });

    it("accepts a section updated on the version's own date", () => {
      const files = withSection(withVersion({ updated: "2026-01-20" }), 3, sectionFile(3, "charlie", { frontmatter: "id: charlie\nnumber: 3\ntitle: C\nupdated: 2026-01-20" }));
      expect(problems(files)).toEqual([]);
    });

    it("accepts dates long after today: the check never looks at the clock", () => {
      const version = "2099-01-01";
      const files = [
        POLICY_FILE,
        CONTACT_FILE,
        anchorLockFile(),
        versionFile(version, { updated: "2098-12-31" }),
        ...FIXTURE_IDS.map((id, index) =>
          sectionFile(index + 1, id, { version, frontmatter: `id: ${id}\nnumber: ${index + 1}\ntitle: Section ${id}\nupdated: 2098-12-31` }),
        ),
      ];
      const { data, errors } = parseFixture(files);
      expect(errors).toEqual([]);
      expect(data?.version).toMatchObject({ effective: version, updated: "2098-12-31", status: "published" });
      expect(data?.metadata.updated).toBe("2098-12-31");
    });
  });

  describe("a version's own facts (version.yaml)", () => {
    it("becomes the version's facts, and its date the policy's \"Last updated\"", () => {
      const { data, errors } = parseFixture(withFile(validFiles(), versionFile("2026-02-01", { updated: "2026-01-30", summary: "Explains cookies.", significant: true })));
      expect(errors).toEqual([]);
      expect(data?.version).toEqual({
        updated: "2026-01-30",
        summary: "Explains cookies.",
        significant: true,
        effective: "2026-02-01",
        announced: "2026-02-01",
        status: "published",
        file: `${FIXTURE_DIR}/version.yaml`,
      });
      expect(data?.metadata.updated).toBe("2026-01-30");
    });

    it("refuses a version without version.yaml", () => {
      expect(problems(validFiles().filter((file) => file.path !== VERSION_FILE.path))).toEqual([
        `${FIXTURE_DIR}/version.yaml: file: is missing — add it with updated, summary and significant`,
      ]);
    });

    it("refuses a missing summary, a significant that is not true or false, and an unknown field", () => {
      const files = withFile(validFiles(), { ...VERSION_FILE, text: 'updated: 2026-02-01\nsignificant: "yes"\nauthor: Bob\n' });
      expect(problems(files)).toEqual([
        `${FIXTURE_DIR}/version.yaml: summary: is missing — add it, e.g. summary: "Explains how long support tickets are kept."`,
        `${FIXTURE_DIR}/version.yaml: significant: "yes" is not true or false — write significant: true or significant: false, without quotes`,
        `${FIXTURE_DIR}/version.yaml: author: is not a known field — remove it, or fix its spelling (fields: updated, summary, significant)`,
      ]);
    });
  });

  describe("links", () => {
    it.each([
      "/privacy",
      "/privacy#echo",
      "#echo",
      "/privacy/echo",
      "/privacy/echo#echo",
      "/contact",
      "https://stripe.com/privacy",
      "mailto:privacy@example.org",
    ])("accepts a link to %s", (url) => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: `See [this](${url}). {#charlie--text}` })))).toEqual([]);
    });

    it.each([
      ["/privacy/zulu", "names no section"],
      ["/privacy#zulu", "names no section or clause"],
      ["#zulu", "names no section or clause"],
      ["/contakt", "is not a page of this site"],
      ["/contact#form", "points into the contact page"],
      ["/privacy/echo#delta", "points to an anchor that is not on that page"],
      ["contact", "is a relative path"],
      ["//example.org/x", "has no scheme"],
      ["javascript:alert(1)", "uses the javascript: scheme"],
      ["data:text/html,hi", "uses the data: scheme"],
      ["mailto:nobody", "is not a valid email link"],
    ])("rejects a link to %s", (url, problem) => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: `See [this](${url}). {#charlie--text}` })))).toEqual([
        expect.stringContaining(`content/versions/2026-02-01/sections/03-charlie.md: body: link ${JSON.stringify(url)} ${problem} — `),
      ]);
    });

    it.each(["/privacy#echo--text", "#echo--text", "/privacy/echo#echo--text"])("accepts a link to the clause %s", (url) => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: `See [this](${url}). {#charlie--text}` })))).toEqual([]);
    });

    it("rejects a link to a clause on another section's page", () => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "See [this](/privacy/delta#echo--text). {#charlie--text}" })))).toEqual([
        expect.stringContaining("points to an anchor that is not on that page — write /privacy#echo--text or /privacy/delta"),
      ]);
    });

    it("checks link definitions as well as inline links", () => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "See [this][x]. {#charlie--text}\n\n[x]: /nowhere" })))).toEqual([
        expect.stringContaining('content/versions/2026-02-01/sections/03-charlie.md: body: link "/nowhere" is not a page of this site'),
      ]);
    });

    it("checks the links of the contact page too", () => {
      const files = withFile(validFiles(), { ...CONTACT_FILE, text: "---\ntitle: Contact\nupdated: 2026-01-01\n---\n\nSee [rights](/privacy/rights).\n" });
      expect(problems(files)).toEqual([expect.stringMatching(/^content\/contact\.md: body: link "\/privacy\/rights" names no section/)]);
    });
  });

  describe("policy metadata", () => {
    it("rejects unknown fields, a bad email and a site URL with a path", () => {
      const files = withFile(validFiles(), {
        ...POLICY_FILE,
        text: "title: Privacy Policy\norganization: example.org\ncontactEmail: privacy-at-example\nsiteUrl: https://example.org/privacy\ntimeZone: Europe/Paris\nlang: en\n",
      });
      expect(problems(files)).toEqual([
        "content/policy.yaml: contactEmail: \"privacy-at-example\" is not an email address — write a full address, e.g. support@smartsiptv.fr",
        'content/policy.yaml: siteUrl: "https://example.org/privacy" has a path, query or fragment — give the origin only, e.g. https://smartsiptv.fr',
        "content/policy.yaml: lang: is not a known field — remove it, or fix its spelling (fields: title, organization, contactEmail, siteUrl, timeZone, prevails, translations)",
      ]);
    });

    it("refuses a date in policy.yaml: each version has its own, in its version.yaml", () => {
      const files = withFile(validFiles(), { ...POLICY_FILE, text: `${POLICY_FILE.text}updated: 2026-02-01\n` });
      expect(problems(files)).toEqual([
        "content/policy.yaml: updated: is not a known field — remove it, or fix its spelling (fields: title, organization, contactEmail, siteUrl, timeZone, prevails, translations)",
      ]);
    });

    it("refuses a time zone the runtime does not know, and a missing one", () => {
      const withTimeZone = (line: string) => withFile(validFiles(), { ...POLICY_FILE, text: POLICY_FILE.text.replace("timeZone: Europe/Paris\n", line) });
      expect(problems(withTimeZone("timeZone: Europe/Pariss\n"))).toEqual([
        'content/policy.yaml: timeZone: "Europe/Pariss" is not a time zone — write an IANA name, e.g. timeZone: Europe/Paris',
      ]);
      expect(problems(withTimeZone(""))).toEqual(["content/policy.yaml: timeZone: is missing — add it, e.g. timeZone: Europe/Paris"]);
    });

    it("gives every version the same settings", () => {
      const { data } = parseFixture(validFiles());
      expect(data?.metadata).toEqual({
        title: "Privacy Policy",
        organization: "example.org",
        contactEmail: "privacy@example.org",
        siteUrl: "https://example.org",
        timeZone: "Europe/Paris",
        // Without a word about them in policy.yaml: the English prevails, and there is no translation.
        prevails: "en",
        translations: {},
        updated: "2026-02-01",
      });
    });

    it("lets SITE_URL override the site URL", () => {
      const { data } = parseFixture(validFiles(), { siteUrlOverride: "http://127.0.0.1:3000" });
      expect(data?.metadata.siteUrl).toBe("http://127.0.0.1:3000");
    });

    it("ignores an empty SITE_URL", () => {
      const { data } = parseFixture(validFiles(), { siteUrlOverride: "" });
      expect(data?.metadata.siteUrl).toBe("https://example.org");
    });

    it("rejects a SITE_URL that is not an http(s) origin", () => {
      expect(problems(validFiles(), { siteUrlOverride: "ftp://example.org" })).toEqual([
        'environment: SITE_URL: "ftp://example.org" is not an http(s) URL — write the public address with its scheme, e.g. https://smartsiptv.fr',
      ]);
    });

    it("reports a missing policy file, contact page, anchor lock and version lock", () => {
      const files = validFiles().filter((file) => file.path.startsWith(`${FIXTURE_DIR}/`));
      expect(parseFixture(files, { keepLock: true }).errors.map(formatContentError)).toEqual([
        "content/policy.yaml: file: is missing — restore it with title, organization, contactEmail, siteUrl and timeZone",
        "content/contact.md: file: is missing — restore the contact page text",
        "content/anchors.json: file: is missing — run npm run content:anchors to record the published anchors",
        "content/versions.lock.json: file: is missing — restore it from git: it records the published versions",
      ]);
    });
  });

  describe("clause ids", () => {
    it("returns each section's clauses with their ids and kinds", () => {
      const files = withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Intro: {#charlie--intro}\n\n- First item {#charlie--first}\n- Second item {#charlie--second}" }));
      const lock = anchorLockFile({ published: [...FIXTURE_IDS.flatMap((id) => [id, `${id}--text`]), "charlie--intro", "charlie--first", "charlie--second"], aliases: { "charlie--text": "charlie--intro" } });
      const { data, errors } = parseFixture(withFile(files, lock));
      expect(errors).toEqual([]);
      expect(data?.sections[2]?.clauses).toEqual([
        { kind: "paragraph", id: "charlie--intro" },
        { kind: "item", id: "charlie--first" },
        { kind: "item", id: "charlie--second" },
      ]);
      expect(data?.retiredAnchors).toEqual(new Map([["charlie--intro", ["charlie--text"]]]));
    });

    it("rejects a clause without an id and names the command that adds one", () => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Kept. {#charlie--text}\n\n- New item without id" })))).toEqual([
        'content/versions/2026-02-01/sections/03-charlie.md: body: 1 clause has no id ("New item without id") — run npm run content:anchors to add ids',
      ]);
    });

    it("rejects a clause id that does not start with its section id", () => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Text. {#delta--text}" })))).toContainEqual(
        'content/versions/2026-02-01/sections/03-charlie.md: body: clause id "{#delta--text}" is not of the form charlie--words — write it as {#charlie--text} in lowercase-kebab',
      );
    });

    it("rejects a clause id that repeats another", () => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "One. {#charlie--text}\n\nTwo. {#charlie--text}" })))).toEqual([
        'content/versions/2026-02-01/sections/03-charlie.md: body: clause id "charlie--text" is already used in content/versions/2026-02-01/sections/03-charlie.md — give each clause its own id',
      ]);
    });

    it("rejects a marker that is not at the end of its clause", () => {
      expect(problems(withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Text {#charlie--text} with more words." })))).toContainEqual(
        "content/versions/2026-02-01/sections/03-charlie.md: body: has a {#…} marker that is not at the end of a paragraph or list item — move it to the end of the clause it names",
      );
    });
  });

  describe("anchor lock", () => {
    it("fails when a published anchor no longer exists, naming both ways out", () => {
      const files = withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Reworded. {#charlie--reworded}" }));
      const lock = anchorLockFile({ published: [...FIXTURE_IDS.flatMap((id) => [id, `${id}--text`]), "charlie--reworded"] });
      expect(problems(withFile(files, lock))).toEqual([
        'content/anchors.json: published: anchor "charlie--text" no longer exists in the newest version (2026-02-01) — restore it (put {#charlie--text} back at the end of its clause, or the section id back), or declare an alias to where it moved: "aliases": { "charlie--text": "NEW-ANCHOR" }',
      ]);
    });

    it("accepts a lost anchor once an alias sends it to a current one", () => {
      const files = withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Reworded. {#charlie--reworded}" }));
      const lock = anchorLockFile({ published: [...FIXTURE_IDS.flatMap((id) => [id, `${id}--text`]), "charlie--reworded"], aliases: { "charlie--text": "charlie--reworded" } });
      expect(problems(withFile(files, lock))).toEqual([]);
    });

    it("fails when a new anchor is not recorded yet", () => {
      const files = withSection(validFiles(), 3, sectionFile(3, "charlie", { body: "Text. {#charlie--text}\n\n- Added {#charlie--added}" }));
      expect(problems(files)).toEqual([
        "content/anchors.json: published: 1 anchor is not recorded (charlie--added) — run npm run content:anchors to record new anchors",
      ]);
    });

    it("rejects an alias to an anchor that does not exist", () => {
      const lock = anchorLockFile({ published: [...FIXTURE_IDS.flatMap((id) => [id, `${id}--text`]), "old"], aliases: { old: "nowhere" } });
      expect(problems(withFile(validFiles(), lock))).toEqual([
        'content/anchors.json: aliases: "old" points to "nowhere", which is not an anchor in the newest version (2026-02-01) — point it to a current anchor',
      ]);
    });

    it("rejects an alias for an anchor that still exists", () => {
      const lock = anchorLockFile({ aliases: { "charlie--text": "delta--text" } });
      expect(problems(withFile(validFiles(), lock))).toEqual([
        'content/anchors.json: aliases: "charlie--text" is still an anchor in the newest version (2026-02-01) — remove its alias, an anchor cannot be both',
      ]);
    });

    it("rejects an anchor lock that is not valid JSON", () => {
      expect(problems(withFile(validFiles(), { path: "content/anchors.json", text: "{ published: [" }))).toEqual([
        expect.stringMatching(/^content\/anchors\.json: json: is not valid JSON \(.*\) — fix the syntax$/),
      ]);
    });
  });

  it("reports every problem of every file in one run, and returns no policy", () => {
    let files = validFiles();
    files = withSection(files, 4, sectionFile(4, "delta", { frontmatter: "id: Delta\nnumber: 4\ntitle: D\nupdated: 2026-01-01" }));
    files = withSection(files, 5, sectionFile(5, "echo", { body: "" }));
    files = withSection(files, 9, sectionFile(9, "india", { body: "[x](/nowhere)" }));
    const { data, errors } = parseFixture(files);
    expect(data).toBeNull();
    expect(errors.map((error) => error.file)).toEqual(["content/versions/2026-02-01/sections/04-delta.md", "content/versions/2026-02-01/sections/05-echo.md", "content/versions/2026-02-01/sections/09-india.md"]);
    for (const error of errors) expect(error.message).toContain(" — ");
  });
});
