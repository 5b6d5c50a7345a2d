import type { ReactNode } from "react";
import { documentMetadata, documentViewport, SiteDocument } from "@/components/SiteDocument";

export const generateMetadata = () => documentMetadata("en");
export const viewport = documentViewport;

/** The root layout of every page in English: `<html lang="en">`. */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteDocument language={"en"}>{children}</SiteDocument>;
}
