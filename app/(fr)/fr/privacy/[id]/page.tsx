import { SectionPage, sectionPageMetadata, sectionPageParams } from "@/components/pages/SectionPage";

type Props = { params: Promise<{ id: string }> };

// Only the sections' ids exist, decided at build time (proxy.ts redirects numbers, letter cases and retired ids first).
export const dynamicParams = false;
export const generateStaticParams = () => sectionPageParams("fr");
export const generateMetadata = async ({ params }: Props) => sectionPageMetadata("fr", (await params).id);

export default async function Page({ params }: Props) {
  return <SectionPage language={"fr"} id={(await params).id} />;
}
