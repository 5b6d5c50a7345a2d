import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { sitePages } from "@/lib/outputs/page-metadata";
import { OG_IMAGE_SIZE } from "@/lib/outputs/palette";
import { getPolicy } from "@/lib/policy";

// Outside the language route groups on purpose: see metadataOf (lib/outputs/page-metadata.ts).
export const alt = sitePages(getPolicy()).policy.card.alt;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return renderOpenGraphCard(sitePages(getPolicy()).policy.card);
}
