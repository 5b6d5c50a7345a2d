import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { formatDate } from "@/lib/format-date";
import { absoluteUrl, getPolicyMetadata } from "@/lib/policy";
import { displayAddress } from "@/lib/seo/brand";

// The site-wide card: pages without a card of their own (the 404 page) share the policy's.
const { title, organization } = getPolicyMetadata();
export const alt = `${title} of ${organization}`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image() {
  const { updated } = getPolicyMetadata();
  return renderOpenGraphCard({
    siteName: organization,
    title,
    footnote: `Last updated ${formatDate(updated)}`,
    address: displayAddress(absoluteUrl("/privacy")),
  });
}
