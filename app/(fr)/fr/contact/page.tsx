import { ContactPage, contactPageMetadata } from "@/components/pages/ContactPage";

export const generateMetadata = () => contactPageMetadata("fr");

export default function Page() {
  return <ContactPage language={"fr"} />;
}
