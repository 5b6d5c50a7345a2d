import { VersionsPage, versionsPageMetadata } from "@/components/pages/VersionsPage";

export const generateMetadata = () => versionsPageMetadata("fr");

export default function Page() {
  return <VersionsPage language={"fr"} />;
}
