import { EmbedPolicyPage, embedPolicyMetadata } from "@/components/pages/EmbedPolicyPage";

export const generateMetadata = () => embedPolicyMetadata("fr");

export default function Page() {
  return <EmbedPolicyPage language={"fr"} />;
}
