import { VersionsPage, versionsPageMetadata } from "@/components/pages/VersionsPage";

export const generateMetadata = () => versionsPageMetadata("en");

export default function Page() {
  return <VersionsPage language={"en"} />;
}
