import { PolicyPage, policyPageMetadata } from "@/components/pages/PolicyPage";

export const generateMetadata = () => policyPageMetadata("en");

export default function Page() {
  return <PolicyPage language={"en"} />;
}
