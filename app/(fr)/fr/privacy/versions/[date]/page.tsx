import { VersionPage, versionPageMetadataOf, versionPageParams } from "@/components/pages/VersionPage";

type Props = { params: Promise<{ date: string }> };

// The versions with a text in this language; any other date is a 404, decided at build time.
export const dynamicParams = false;
export const generateStaticParams = () => versionPageParams("fr");
export const generateMetadata = async ({ params }: Props) => versionPageMetadataOf("fr", (await params).date);

export default async function Page({ params }: Props) {
  return <VersionPage language={"fr"} date={(await params).date} />;
}
