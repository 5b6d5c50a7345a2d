import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { formatDate } from "@/lib/format-date";
import { absoluteUrl, getAllSections, getPolicyMetadata, getSection } from "@/lib/policy";
import { displayAddress } from "@/lib/seo/brand";

type ImageProps = { params: Promise<{ id: string }> };

const { title, organization } = getPolicyMetadata();
export const alt = `A section of the ${title} of ${organization}: its number and title`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Drawn at build for the ten sections, like the pages themselves; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getAllSections().map((section) => ({ id: section.id }));
}

export default async function Image({ params }: ImageProps) {
  const section = getSection((await params).id);
  if (!section) return new Response("Not found", { status: 404 });
  return renderOpenGraphCard({
    siteName: organization,
    kicker: title,
    badge: `Section ${section.number} of ${getAllSections().length}`,
    title: section.title,
    footnote: `Section last updated ${formatDate(section.updated)}`,
    address: displayAddress(absoluteUrl(`/privacy/${section.id}`)),
  });
}
