import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { sectionCardAlt } from "@/lib/outputs/og-cards";
import { sectionSitePage } from "@/lib/outputs/page-metadata";
import { OG_IMAGE_SIZE } from "@/lib/outputs/palette";
import { getPolicy } from "@/lib/policy";

type ImageProps = { params: Promise<{ id: string }> };

// Outside the language route groups on purpose: see metadataOf (lib/outputs/page-metadata.ts).
export const alt = sectionCardAlt(getPolicy());
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

// Drawn at build for every section, like the pages themselves; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getPolicy().sections.map((section) => ({ id: section.id }));
}

export default async function Image({ params }: ImageProps) {
  const page = sectionSitePage(getPolicy(), (await params).id);
  if (!page) return new Response("Not found", { status: 404 });
  return renderOpenGraphCard(page.card);
}
