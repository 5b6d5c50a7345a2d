import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { sitePages } from "@/lib/outputs/page-metadata";
import { OG_IMAGE_SIZE } from "@/lib/outputs/palette";
import { getPolicy } from "@/lib/policy";

// The French card, beside the French page's address (app/privacy/opengraph-image.tsx is the English).
export const alt = sitePages(getPolicy("fr")).policy.card.alt;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return renderOpenGraphCard(sitePages(getPolicy("fr")).policy.card);
}
