import { SectionPage, sectionPageMetadata, sectionPageParams } from "@/components/pages/SectionPage";

type Props = { params: Promise<{ id: string }> };

// Only the sections' ids exist, decided at build time (proxy.ts redirects numbers, letter cases and retired ids first).
export const dynamicParams = false;
export const generateStaticParams = () => sectionPageParams("en");
export const generateMetadata = async ({ params }: Props) => sectionPageMetadata("en", (await params).id);

export default async function Page({ params }: Props) {
  return <SectionPage language={"en"} id={(await params).id} />;
}
