import { VersionChangesPage, versionChangesMetadata, versionChangesParams } from "@/components/pages/VersionChangesPage";

type Props = { params: Promise<{ date: string }> };

// A version and the one before it, both in this language; the first version has none.
export const dynamicParams = false;
export const generateStaticParams = () => versionChangesParams("fr");
export const generateMetadata = async ({ params }: Props) => versionChangesMetadata("fr", (await params).date);

export default async function Page({ params }: Props) {
  return <VersionChangesPage language={"fr"} date={(await params).date} />;
}
