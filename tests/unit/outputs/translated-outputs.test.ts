import type { Element, ElementContent, Properties, Root } from "hast";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { policyDocument, policyDocumentSchema } from "@/lib/outputs/policy-json";
import { policyMarkdown } from "@/lib/outputs/policy-markdown";
import { policyText } from "@/lib/outputs/policy-text";
import rehypeLocalizeLinks from "@/lib/outputs/rehype-localize-links";
import { type HtmlVariant, renderHtml } from "@/lib/outputs/section-html";
import { changesPages, changesSincePages, redlinePageLanguage, versionPageLanguage, versionPages } from "@/lib/outputs/version-history";
import { type Policy, timelineAt } from "@/lib/policy";
import { translatedPolicy, translatedTimeline } from "@/lib/policy/translated-timeline";
import { loadVersionedContent } from "../../fixtures/load-versioned-content";
import { VERSIONED } from "../../fixtures/versioned-content";
import { bilingualTimelines, frenchOf, realContent, realTimeline } from "../policy/fixture-content";

const SITE = "https://smartsiptv.fr";
const BEFORE_V3 = "2026-12-01";
const AFTER_V3 = VERSIONED.v3;


/** The real content (one version, fully translated) on its effective date, in both languages. */
function real() {
  const content = realContent();
  const english = realTimeline();
  return { english: english.current, french: translatedTimeline(english, frenchOf(content), content.settings.prevails).current };
}

function sectionOf(policy: Policy, id: string) {
  const section = policy.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`${policy.language} ${policy.version.effective} has no section ${id}`);
  return section;
}

/** Section and clause ids of a JSON document, in order. */
const ids = (document: ReturnType<typeof policyDocument>) => document.sections.map((section) => [section.id, section.clauses.map((clause) => clause.id)]);

/** The links (a elements) of an HTML fragment, each with its attributes. */
function linksOf(html: string): Properties[] {
  const links: Properties[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html), "element", (element: Element) => {
    if (element.tagName === "a") links.push(element.properties);
  });
  return links;
}

describe("/fr/privacy.json", () => {
  const { english, french } = real();
  const document = policyDocument(french);
  const englishDocument = policyDocument(english);

  it("is in French, translating the English document, not approved yet, the English prevailing, up to date", () => {
    expect(document.language).toBe("fr");
    expect(document.title).toBe(frenchOf(realContent()).title);
    expect(document.translation).toEqual({ source: `${SITE}/privacy.json`, approved: false, prevails: "en", upToDate: true });
  });

  it("marks every section translated and up to date, with its English section and that one's date", () => {
    for (const section of document.sections) {
      expect(section.language).toBe("fr");
      expect(section.translation).toEqual({
        upToDate: true,
        untranslated: false,
        sourceUpdated: sectionOf(english, section.id).updated,
        source: `${SITE}/privacy/${section.id}`,
      });
    }
  });

  it("gives the French addresses of the policy, its sections, its clauses and its other formats", () => {
    expect(document.url).toBe(`${SITE}/fr/privacy`);
    expect(document.version.url).toBe(`${SITE}/fr/privacy/versions/${french.version.effective}`);
    expect(document.formats).toEqual({
      json: `${SITE}/fr/privacy.json`,
      text: `${SITE}/fr/privacy.txt`,
      markdown: `${SITE}/fr/privacy.md`,
      embed: `${SITE}/fr/privacy/embed`,
      // The version's own French PDF, at its permanent address.
      pdf: `${SITE}/fr/privacy/versions/${french.version.effective}.pdf`,
    });
    for (const section of document.sections) {
      expect(section.url).toBe(`${SITE}/fr/privacy/${section.id}`);
      for (const clause of section.clauses) expect(clause.url).toBe(`${SITE}/fr/privacy#${clause.id}`);
    }
  });

  it("has the English document's sections and clauses, by id, in the same order, with French words", () => {
    expect(ids(document)).toEqual(ids(englishDocument));
    expect(document.sections.map((section) => section.text)).not.toEqual(englishDocument.sections.map((section) => section.text));
    for (const [index, section] of document.sections.entries()) expect(section.text).not.toBe(englishDocument.sections[index]?.text);
  });

  it("makes its site links absolute in French: the contact page is /fr/contact", () => {
    const contact = document.sections.find((section) => section.id === "contact");
    expect(contact?.html).toContain(`href="${SITE}/fr/contact"`);
    expect(contact?.text).toContain(`(${SITE}/fr/contact)`);
    expect(contact?.html).toContain('href="mailto:support@smartsiptv.fr"');
  });

  it("is what policyDocumentSchema describes, also once serialised", () => {
    const parsed = policyDocumentSchema.safeParse(JSON.parse(JSON.stringify(document)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});

describe("/privacy.json in English", () => {
  it("says it is English and no translation, in the document and in every section", () => {
    const document = policyDocument(real().english);
    expect(document.language).toBe("en");
    expect(document.translation).toBeNull();
    expect(document.url).toBe(`${SITE}/privacy`);
    expect(document.sections.length).toBeGreaterThan(0);
    for (const section of document.sections) {
      expect(section.language).toBe("en");
      expect(section.translation).toBeNull();
    }
  });
});

describe("the French JSON while the translation is behind the English", () => {
  const content = loadVersionedContent();
  const { english, french } = bilingualTimelines(content, AFTER_V3);
  const document = policyDocument(french.current);

  it("is not up to date as a whole", () => {
    expect(document.translation).toMatchObject({ upToDate: false, approved: false, prevails: "en" });
  });

  it("marks the sections whose English changed as behind, with the English date, not the translation's", () => {
    const changed: readonly string[] = VERSIONED.sectionsChangedInV3;
    for (const section of document.sections) {
      const englishSection = sectionOf(english.current, section.id);
      expect(section.translation?.sourceUpdated).toBe(englishSection.updated);
      expect(section.translation?.upToDate).toBe(!changed.includes(section.id));
      expect(section.translation?.untranslated).toBe(false);
      expect(section.language).toBe("fr");
    }
    for (const id of changed) {
      const section = document.sections.find((candidate) => candidate.id === id);
      // The French text shown is older than the English change it lacks.
      expect(section?.updated).not.toBe(section?.translation?.sourceUpdated);
    }
  });

  it("points to the English page of a version French has no text of its own for, with its English summary", () => {
    expect(document.version.effective).toBe(VERSIONED.v3);
    expect(document.version.url).toBe(`${SITE}/privacy/versions/${VERSIONED.v3}`);
    expect(document.version.summary).toBe(english.current.version.summary);
    expect(policyDocument(bilingualTimelines(content, BEFORE_V3).french.current).version.url).toBe(`${SITE}/fr/privacy/versions/${VERSIONED.v2}`);
  });
});

describe("a section not translated yet, in the French JSON", () => {
  it("is the English text, says it is English and untranslated, with its links kept in French", () => {
    const content = loadVersionedContent();
    const translation = frenchOf(content);
    // French v2 without its international-transfers section; a copy of the English policy, so the translation is new.
    const lacking = { ...translation, versions: translation.versions.map((version) => ({ ...version, sections: version.sections.filter((section) => section.id !== VERSIONED.addedSection) })) };
    const source = { ...timelineAt(content, BEFORE_V3).current };
    const document = policyDocument(translatedPolicy(source, lacking, "en"));
    const section = document.sections.find((candidate) => candidate.id === VERSIONED.addedSection);
    expect(section?.title).toBe(sectionOf(source, VERSIONED.addedSection).title);
    expect(section?.language).toBe("en");
    expect(section?.translation).toMatchObject({ upToDate: false, untranslated: true, sourceUpdated: sectionOf(source, VERSIONED.addedSection).updated });
    expect(section?.html).toContain(`href="${SITE}/fr/privacy/third-party-services"`);
    expect(document.translation?.upToDate).toBe(false);
    expect(document.sections.filter((candidate) => candidate.language === "en").map((candidate) => candidate.id)).toEqual([VERSIONED.addedSection]);
  });
});

describe("/fr/privacy.txt", () => {
  const document = policyDocument(real().french);
  const text = policyText(document);

  it("labels its header in French, with a no-break space before each colon", () => {
    expect(text.split("\n").slice(3, 7)).toEqual([
      "smartsiptv.fr",
      "Dernière mise à jour\u00a0: 26 novembre 2026",
      `En ligne\u00a0: ${SITE}/fr/privacy`,
      "Questions\u00a0: support@smartsiptv.fr",
    ]);
    expect(text.startsWith(`${document.title}\n${"=".repeat(document.title.length)}\n`)).toBe(true);
  });

  it("has each section under its French number and title, with its JSON text as its body, exactly", () => {
    for (const section of document.sections) {
      const heading = `${section.number}. ${section.title}`;
      expect(text).toContain(`\n${heading}\n${"-".repeat(heading.length)}\n\n${section.text}\n`);
    }
  });
});

describe("/fr/privacy.md", () => {
  const { english, french } = bilingualTimelines(loadVersionedContent(), BEFORE_V3);
  const markdown = policyMarkdown(french.current);

  it("makes site links absolute under /fr: to the policy, a section and the contact page", () => {
    expect(markdown).toContain(`](${SITE}/fr/privacy#contact)`);
    expect(markdown).toContain(`](${SITE}/fr/privacy/third-party-services)`);
    expect(markdown).toContain(`](${SITE}/fr/contact)`);
    // No link leads to an English page; the English document's do.
    expect(markdown).not.toMatch(/https:\/\/smartsiptv\.fr\/(?!fr\/)/);
    expect(policyMarkdown(english.current)).toContain(`](${SITE}/privacy#contact)`);
  });

  it("keeps an e-mail address as it is", () => {
    expect(markdown).toContain("support@smartsiptv.fr");
    expect(markdown).not.toContain("/fr/mailto");
  });

  it("has a French header with its French address, and French section titles", () => {
    expect(markdown.split("\n")[0]).toBe(`# ${VERSIONED.frenchTitle}`);
    expect(markdown).toContain("Dernière mise à jour\u00a0: ");
    expect(markdown).toContain(`<${SITE}/fr/privacy>`);
    for (const section of french.current.sections) expect(markdown).toContain(`\n## ${section.number}. ${section.title}\n`);
  });
});

describe("a French section's HTML", () => {
  const { english, french } = real();
  const render = (policy: Policy, variant: HtmlVariant) => renderHtml(policy, sectionOf(policy, "contact").tree, variant);

  it("leads a site link to the French page, in every variant", () => {
    const hrefs = (variant: HtmlVariant) => linksOf(render(french, variant)).map((link) => link.href);
    expect(hrefs("page")).toContain("/fr/contact");
    expect(hrefs("embed")).toContain("/fr/contact");
    expect(hrefs("app")).toContain(`${SITE}/fr/contact`);
    expect(linksOf(render(english, "page")).map((link) => link.href)).toContain("/contact");
  });

  it("prints the French address of a site link", () => {
    const link = linksOf(render(french, "page")).find((candidate) => candidate.href === "/fr/contact");
    expect(link?.dataPrintUrl).toBe(`${SITE}/fr/contact`);
  });

  it("leaves a mailto: link as written", () => {
    expect(linksOf(render(french, "page")).map((link) => link.href)).toContain("mailto:support@smartsiptv.fr");
  });

  it("labels the clause self-links in French, sharing the French address of the clause", () => {
    const selfLinks = linksOf(render(french, "page")).filter((link) => Array.isArray(link.className) && link.className.includes("clause-anchor"));
    const clauses = sectionOf(french, "contact").clauses;
    expect(selfLinks.map((link) => link.href)).toEqual(clauses.map((clause) => `#${clause.id}`));
    for (const [index, link] of selfLinks.entries()) {
      expect(link.ariaLabel).toBe("Lien vers cette clause");
      expect(link.dataCopyLabel).toBe("Copier le lien vers cette clause");
      expect(link.dataShareUrl).toBe(`${SITE}/fr/privacy#${clauses[index]?.id}`);
    }
    const englishSelfLink = linksOf(render(english, "page")).find((link) => Array.isArray(link.className) && link.className.includes("clause-anchor"));
    expect(englishSelfLink?.ariaLabel).toBe("Link to this clause");
  });

  it("shares a clause as the address of the page it is on, when told", () => {
    const html = renderHtml(french, sectionOf(french, "contact").tree, "page", { pagePath: "/fr/privacy/contact" });
    const shared = linksOf(html).flatMap((link) => (typeof link.dataShareUrl === "string" ? [link.dataShareUrl] : []));
    expect(shared.length).toBeGreaterThan(0);
    for (const url of shared) expect(url.startsWith(`${SITE}/fr/privacy/contact#`)).toBe(true);
  });
});

describe("rehypeLocalizeLinks", () => {
  const h = (tagName: string, properties: Properties, ...children: (ElementContent | string)[]): Element => ({
    type: "element",
    tagName,
    properties,
    children: children.map((child) => (typeof child === "string" ? { type: "text", value: child } : child)),
  });
  const a = (href: string) => h("a", { href }, "link");
  /** The hrefs of the links after the transform, in order. */
  const localized = (...hrefs: string[]) => {
    const tree: Root = { type: "root", children: [h("p", {}, ...hrefs.map(a))] };
    rehypeLocalizeLinks({ localize: (sitePath) => `/fr${sitePath}` })(tree);
    const result: unknown[] = [];
    visit(tree, "element", (element: Element) => {
      if (element.tagName === "a") result.push(element.properties.href);
    });
    return result;
  };

  it("leads root-relative site links to the same page in the language, keeping query and fragment", () => {
    expect(localized("/privacy/cookies", "/privacy#contact", "/contact", "/privacy?x=1#y")).toEqual(["/fr/privacy/cookies", "/fr/privacy#contact", "/fr/contact", "/fr/privacy?x=1#y"]);
  });

  it("leaves fragments, mailto:, absolute and protocol-relative links as written", () => {
    const untouched = ["#x", "mailto:support@smartsiptv.fr", "https://smartsiptv.fr/privacy", "http://example.org/", "//example.org/privacy"];
    expect(localized(...untouched)).toEqual(untouched);
  });

  it("changes only links: an href-like attribute on another element stays", () => {
    const tree: Root = { type: "root", children: [h("area", { href: "/privacy" }), h("a", {}, "no href")] };
    rehypeLocalizeLinks({ localize: (sitePath) => `/fr${sitePath}` })(tree);
    expect(String(unified().use(rehypeStringify).stringify(tree))).toBe('<area href="/privacy"><a>no href</a>');
  });
});

describe("the version pages in French", () => {
  const content = loadVersionedContent();
  const dates = (entries: readonly { policy: Policy }[]) => entries.map((entry) => entry.policy.version.effective);
  const effective = (policies: readonly Policy[]) => policies.map((policy) => policy.version.effective);

  it("exist only for the versions French has its own text of, not for the announced v3", () => {
    const { english, french } = bilingualTimelines(content, BEFORE_V3);
    expect(dates(versionPages(french))).toEqual([VERSIONED.v2, VERSIONED.v1]);
    expect(dates(versionPages(english))).toEqual([VERSIONED.v3, VERSIONED.v2, VERSIONED.v1]);
  });

  it("have a changes page only where both versions are in French: v2's", () => {
    const { english, french } = bilingualTimelines(content, BEFORE_V3);
    expect(dates(changesPages(french))).toEqual([VERSIONED.v2]);
    expect(dates(changesPages(english))).toEqual([VERSIONED.v3, VERSIONED.v2]);
  });

  it("have a changes-since page for each version in effect by then that French has", () => {
    const { english, french } = bilingualTimelines(content, BEFORE_V3);
    expect(effective(changesSincePages(french))).toEqual([VERSIONED.v2, VERSIONED.v1]);
    expect(effective(changesSincePages(english))).toEqual([VERSIONED.v2, VERSIONED.v1]);
  });

  it("link a version French lacks to its English page, and a redline with it to the English redline", () => {
    const { french } = bilingualTimelines(content, AFTER_V3);
    const [v3, v2, v1] = french.published;
    if (!v3 || !v2 || !v1) throw new Error("the fixture has three published versions");
    expect([versionPageLanguage(v3), versionPageLanguage(v2), versionPageLanguage(v1)]).toEqual(["en", "fr", "fr"]);
    expect(redlinePageLanguage(v2, v3)).toBe("en");
    expect(redlinePageLanguage(v1, v2)).toBe("fr");
    expect(versionPageLanguage(bilingualTimelines(content, AFTER_V3).english.current)).toBe("en");
    expect(dates(versionPages(french))).toEqual([VERSIONED.v2, VERSIONED.v1]);
  });
});
