import { renderOpenGraphCard } from "@/components/OpenGraphCard";
import { formatDate } from "@/lib/format-date";
import { absoluteUrl, getContactPage, getPolicyMetadata } from "@/lib/policy";
import { displayAddress } from "@/lib/seo/brand";

const { title, organization } = getPolicyMetadata();
export const alt = `${getContactPage().title}: ${organization} ${title}`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image() {
  const contact = getContactPage();
  return renderOpenGraphCard({
    siteName: organization,
    kicker: title,
    title: contact.title,
    footnote: `Last updated ${formatDate(contact.updated)}`,
    address: displayAddress(absoluteUrl("/contact")),
  });
}
