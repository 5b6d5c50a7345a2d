import { EmbedSectionPage, embedSectionMetadata, embedSectionParams } from "@/components/pages/EmbedSectionPage";

type Props = { params: Promise<{ id: string }> };

// The sections, prerendered; any other id is a 404.
export const dynamicParams = false;
export const generateStaticParams = () => embedSectionParams("fr");
export const generateMetadata = async ({ params }: Props) => embedSectionMetadata("fr", (await params).id);

export default async function Page({ params }: Props) {
  return <EmbedSectionPage language={"fr"} id={(await params).id} />;
}
