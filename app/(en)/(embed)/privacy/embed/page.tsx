import { EmbedPolicyPage, embedPolicyMetadata } from "@/components/pages/EmbedPolicyPage";

export const generateMetadata = () => embedPolicyMetadata("en");

export default function Page() {
  return <EmbedPolicyPage language={"en"} />;
}
