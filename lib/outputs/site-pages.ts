import type { ContactPage, Policy, Section } from "../policy";
import { buildDescription, oneLineText, truncateAtWordBoundary } from "./description";
import { type BreadcrumbItem, type JsonObject, type SiteFacts, webPageJsonLd } from "./json-ld";
import { SITE_LANGUAGE } from "./language";
import { contactCard, type OgCard, policyCard, sectionCard } from "./og-cards";
import { absoluteUrl, CONTACT_PATH, POLICY_PATH, sectionPath } from "./paths";
import { htmlTree } from "./section-html";

/** What search engines and link previews are told about one page; everything comes from the content. */
export type SitePage = {
  /** Site path, e.g. /privacy/cookies */
  path: string;
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
  const { metadata, sections, contact } = model;
  // The words a reader sees, without the page's link buttons: the embed variant of the same tree.
  const text = (page: Section | ContactPage) => oneLineText(htmlTree(model, page.tree, "embed"));
  const { title: policyTitle, organization, siteUrl } = metadata;
  const policySuffix = `${policyTitle} — ${organization}`;

  const policy: SitePage = {
    path: POLICY_PATH,
    url: absoluteUrl(siteUrl, POLICY_PATH),
    title: policySuffix,
    name: policyTitle,
    // The policy page shows every section, so it is described by its outline; the first section's text would
    // repeat that section page's description.
    description: truncateAtWordBoundary(
      `The ${policyTitle} of ${organization} in ${sections.length} sections: ${sections.map((section) => section.title).join(", ")}.`,
    ),
    updated: metadata.updated,
    card: policyCard(model),
  };

  const sectionPage = (section: Section): SitePage => {
    const path = sectionPath(section.id);
    return {
      path,
      url: absoluteUrl(siteUrl, path),
      title: `${section.title} — ${policySuffix}`,
      name: section.title,
      description: buildDescription(
        text(section),
        `Section ${section.number} of the ${policyTitle} of ${organization}, ${section.title}:`,
      ),
      updated: section.updated,
      breadcrumb: [
        { name: policyTitle, url: policy.url },
        { name: section.title, url: absoluteUrl(siteUrl, path) },
      ],
      card: sectionCard(model, section),
    };
  };

  const contactPage = (page: ContactPage): SitePage => ({
    path: CONTACT_PATH,
    url: absoluteUrl(siteUrl, CONTACT_PATH),
    // Not "Contact — Privacy Policy — …": section 10 is also titled "Contact", and each page needs its own title.
    title: `${page.title} — ${organization}`,
    name: page.title,
    description: buildDescription(
      text(page),
      `How to contact ${organization} about the ${policyTitle} and your personal data:`,
    ),
    updated: page.updated,
    card: contactCard(model),
  });

  return {
    policy,
    sections: sections.map(sectionPage),
    contact: contactPage(contact),
    notFound: {
      title: `Page not found — ${policySuffix}`,
      // The 404 page's own words (app/not-found.tsx): it has no content file.
      description: `There is no page at this address. The ${policyTitle} of ${organization} is here in full, and each of its sections has a page of its own.`,
    },
  };
}

/** The pages a search engine should index, in sitemap order. */
export function indexablePages(pages: SitePages): SitePage[] {
  return [pages.policy, ...pages.sections, pages.contact];
}

/** The JSON-LD document for `page`. */
export function sitePageJsonLd({ metadata }: Pick<Policy, "metadata">, pages: SitePages, page: SitePage): JsonObject {
  const site: SiteFacts = {
    siteUrl: metadata.siteUrl,
    organization: metadata.organization,
    contactEmail: metadata.contactEmail,
    contactUrl: pages.contact.url,
    language: SITE_LANGUAGE,
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
