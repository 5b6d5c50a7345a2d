import type { ReactNode } from "react";
import { documentMetadata, documentViewport, SiteDocument } from "@/components/SiteDocument";

export const generateMetadata = () => documentMetadata("fr");
export const viewport = documentViewport;

/** The root layout of every page in French (/fr): `<html lang="fr">`. */
export default function FrenchLayout({ children }: { children: ReactNode }) {
  return <SiteDocument language={"fr"}>{children}</SiteDocument>;
}
