import { PolicyPage, policyPageMetadata } from "@/components/pages/PolicyPage";

export const generateMetadata = () => policyPageMetadata("fr");

export default function Page() {
  return <PolicyPage language={"fr"} />;
}
