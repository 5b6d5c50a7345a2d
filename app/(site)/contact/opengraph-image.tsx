import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { contactCard } from "@/lib/outputs/og-cards";
import { OG_IMAGE_SIZE } from "@/lib/outputs/palette";
import { getPolicy } from "@/lib/policy";

export const alt = contactCard(getPolicy()).alt;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return renderOpenGraphCard(contactCard(getPolicy()));
}
