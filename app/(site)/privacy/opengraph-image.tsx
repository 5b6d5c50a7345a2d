import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { policyCard } from "@/lib/outputs/og-cards";
import { OG_IMAGE_SIZE } from "@/lib/outputs/palette";
import { getPolicy } from "@/lib/policy";

export const alt = policyCard(getPolicy()).alt;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return renderOpenGraphCard(policyCard(getPolicy()));
}
