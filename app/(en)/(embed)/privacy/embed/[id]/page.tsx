import { EmbedSectionPage, embedSectionMetadata, embedSectionParams } from "@/components/pages/EmbedSectionPage";

type Props = { params: Promise<{ id: string }> };

// The sections, prerendered; any other id is a 404.
export const dynamicParams = false;
export const generateStaticParams = () => embedSectionParams("en");
export const generateMetadata = async ({ params }: Props) => embedSectionMetadata("en", (await params).id);

export default async function Page({ params }: Props) {
  return <EmbedSectionPage language={"en"} id={(await params).id} />;
}
