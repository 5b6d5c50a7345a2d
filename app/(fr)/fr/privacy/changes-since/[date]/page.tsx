import { ChangesSincePage, changesSinceMetadata, changesSinceParams } from "@/components/pages/ChangesSincePage";

type Props = { params: Promise<{ date: string }> };

// Every version up to the one in effect that has a text in this language.
export const dynamicParams = false;
export const generateStaticParams = () => changesSinceParams("fr");
export const generateMetadata = async ({ params }: Props) => changesSinceMetadata("fr", (await params).date);

export default async function Page({ params }: Props) {
  return <ChangesSincePage language={"fr"} date={(await params).date} />;
}
