import type { ContactPage, Policy, Section } from "../policy";
import { buildDescription, oneLineText, truncateAtWordBoundary } from "./description";
import { type BreadcrumbItem, type JsonObject, type SiteFacts, webPageJsonLd } from "./json-ld";
import { dictionaryOf, LANGUAGES, languageAlternates } from "./language";
import { contactCard, type OgCard, policyCard, sectionCard } from "./og-cards";
import { absoluteUrl, CONTACT_PATH, localizedPath, POLICY_PATH, sectionPath } from "./paths";
import { htmlTree } from "./section-html";

/** What search engines and link previews are told about one page; everything comes from the content. */
export type SitePage = {
  /** Site path in the page's language, e.g. /privacy/cookies or /fr/privacy/cookies */
  path: string;
  /** The page's address in every language (hreflang), each absolute, with x-default. */
  alternates: Record<string, string>;
  /** Absolute canonical URL. */
  url: string;
  /** The full `<title>`, e.g. "Cookies — Privacy Policy — smartsiptv.fr" */
  title: string;
  /** The page's own name, as its `<h1>` says. */
  name: string;
  description: string;
  /** YYYY-MM-DD: the date shown as the page's last update, the sitemap's lastmod and JSON-LD's dates. */
  updated: string;
  /** Trail from the policy to this page, for section pages. */
  breadcrumb?: BreadcrumbItem[];
  /** Its link-preview card, drawn at `ogImagePath(path)`. */
  card: OgCard;
};

export type SitePages = {
  policy: SitePage;
  sections: SitePage[];
  contact: SitePage;
  /** The 404 page has no address or date of its own: only a title and a description. */
  notFound: { title: string; description: string };
};

/** Every page's search-engine facts, derived from the validated content. */
export function buildSitePages(model: Policy): SitePages {
  const { metadata, sections, contact, language } = model;
  const words = dictionaryOf(language);
  // The words a reader sees, without the page's link buttons: the embed variant of the same tree.
  const text = (page: Section | ContactPage) => oneLineText(htmlTree(model, page.tree, "embed"));
  const { title: policyTitle, organization, siteUrl } = metadata;
  const policySuffix = `${policyTitle} — ${organization}`;
  // The policy's current pages exist in every language.
  const address = (sitePath: string) => {
    const path = localizedPath(language, sitePath);
    return { path, url: absoluteUrl(siteUrl, path), alternates: languageAlternates(siteUrl, sitePath, LANGUAGES) };
  };

  const policy: SitePage = {
    ...address(POLICY_PATH),
    title: policySuffix,
    name: policyTitle,
    // The policy page shows every section, so it is described by its outline; the first section's text would
    // repeat that section page's description.
    description: truncateAtWordBoundary(words.policyDescription(policyTitle, organization, sections.length, sections.map((section) => section.title).join(", "))),
    updated: metadata.updated,
    card: policyCard(model),
  };

  const sectionPage = (section: Section): SitePage => {
    const page = address(sectionPath(section.id));
    return {
      ...page,
      title: `${section.title} — ${policySuffix}`,
      name: section.title,
      description: buildDescription(text(section), words.sectionDescriptionLead(section.number, policyTitle, organization, section.title)),
      updated: section.updated,
      breadcrumb: [
        { name: policyTitle, url: policy.url },
        { name: section.title, url: page.url },
      ],
      card: sectionCard(model, section),
    };
  };

  const contactPage = (page: ContactPage): SitePage => ({
    ...address(CONTACT_PATH),
    // Not "Contact — Privacy Policy — …": section 10 is also titled "Contact", and each page needs its own title.
    title: `${page.title} — ${organization}`,
    name: page.title,
    description: buildDescription(text(page), words.contactDescriptionLead(organization, policyTitle)),
    updated: page.updated,
    card: contactCard(model),
  });

  return {
    policy,
    sections: sections.map(sectionPage),
    contact: contactPage(contact),
    notFound: {
      title: `${words.notFoundTitle} — ${policySuffix}`,
      // The 404 page's own words (components/pages/NotFoundPage.tsx): it has no content file.
      description: words.notFoundDescription(policyTitle, organization),
    },
  };
}

/** The pages a search engine should index, in sitemap order. */
export function indexablePages(pages: SitePages): SitePage[] {
  return [pages.policy, ...pages.sections, pages.contact];
}

/** The JSON-LD document for `page`. */
export function sitePageJsonLd({ metadata, language }: Pick<Policy, "metadata" | "language">, pages: SitePages, page: SitePage): JsonObject {
  const site: SiteFacts = {
    siteUrl: metadata.siteUrl,
    organization: metadata.organization,
    contactEmail: metadata.contactEmail,
    contactUrl: pages.contact.url,
    language,
  };
  return webPageJsonLd(
    site,
    {
      name: page.name,
      description: page.description,
      url: page.url,
      // The content keeps one date per page, the last change; it stands for publication too until the
      // content says otherwise.
      datePublished: page.updated,
      dateModified: page.updated,
    },
    page.breadcrumb,
  );
}
