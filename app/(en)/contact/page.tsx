import { ContactPage, contactPageMetadata } from "@/components/pages/ContactPage";

export const generateMetadata = () => contactPageMetadata("en");

export default function Page() {
  return <ContactPage language={"en"} />;
}
