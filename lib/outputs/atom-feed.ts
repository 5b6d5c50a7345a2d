import { Feed } from "feed";
import { midnightIn, type PolicyTimeline } from "../policy";
import { formatDate } from "./language";
import { absoluteUrl, DATA_PATHS, versionChangesPath, versionPath, VERSIONS_PATH } from "./paths";
import { publishedEntries } from "./version-history";

/** type="html" text: the feed library wraps it in CDATA, so only the markup characters need escaping. */
const html = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * /privacy/feed.xml (Atom, RFC 4287): one entry per published version, upcoming ones included, linking to what it
 * changed. Every date comes from the content (the day a version was announced, and its effective date), never from
 * the build clock, so the feed of the same content is the same bytes whenever it is built. Entry ids are tag: URIs
 * (RFC 4151) named after the effective date, which never changes.
 */
export function atomFeed(timeline: PolicyTimeline): string {
  const { title, organization, contactEmail, siteUrl, timeZone } = timeline.current.metadata;
  const site = (path: string) => absoluteUrl(siteUrl, path);
  const { host } = new URL(siteUrl);
  const published = publishedEntries(timeline);
  const announced = (date: string | null, effective: string) => midnightIn(date ?? effective, timeZone);
  const first = published.at(-1)?.policy.version.effective ?? timeline.current.version.effective;

  const feed = new Feed({
    id: `tag:${host},${first}:${VERSIONS_PATH}`,
    title: `${title} of ${organization}: versions`,
    description: `Every version of the ${title} of ${organization}, announced before it takes effect, with what it changes.`,
    link: site(VERSIONS_PATH),
    feedLinks: { atom: site(DATA_PATHS.feed) },
    author: { name: organization, email: contactEmail, link: siteUrl },
    updated: new Date(Math.max(...published.map(({ policy }) => announced(policy.version.announced, policy.version.effective).getTime()))),
    copyright: `© ${organization}`,
    generator: false,
  });
  // Oldest first in the file's order is not required; newest first is what readers show.
  for (const { policy, previous } of published) {
    const { effective, summary, significant } = policy.version;
    const date = announced(policy.version.announced, effective);
    feed.addItem({
      id: `tag:${host},${effective}:${versionPath(effective)}`,
      title: html(`${title}, version of ${formatDate(effective)}${significant ? " (significant change)" : ""}`),
      link: site(previous ? versionChangesPath(effective) : versionPath(effective)),
      date,
      published: date,
      description: html(`Effective ${formatDate(effective)}. ${summary}`),
      category: significant ? [{ term: "significant" }] : undefined,
    });
  }
  return `${feed.atom1()}\n`;
}
