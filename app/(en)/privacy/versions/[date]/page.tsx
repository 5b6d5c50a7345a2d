import { VersionPage, versionPageMetadataOf, versionPageParams } from "@/components/pages/VersionPage";

type Props = { params: Promise<{ date: string }> };

// The versions with a text in this language; any other date is a 404, decided at build time.
export const dynamicParams = false;
export const generateStaticParams = () => versionPageParams("en");
export const generateMetadata = async ({ params }: Props) => versionPageMetadataOf("en", (await params).date);

export default async function Page({ params }: Props) {
  return <VersionPage language={"en"} date={(await params).date} />;
}
