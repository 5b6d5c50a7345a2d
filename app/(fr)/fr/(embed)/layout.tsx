import type { ReactNode } from "react";
import { EmbedLayout, embedMetadata } from "@/components/EmbedLayout";

export const metadata = embedMetadata;

export default function Layout({ children }: { children: ReactNode }) {
  return <EmbedLayout>{children}</EmbedLayout>;
}
