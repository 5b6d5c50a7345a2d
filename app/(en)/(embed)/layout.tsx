import type { ReactNode } from "react";
import { EmbedLayout, embedLayoutMetadata } from "@/components/EmbedLayout";

export const metadata = embedLayoutMetadata;

export default function Layout({ children }: { children: ReactNode }) {
  return <EmbedLayout>{children}</EmbedLayout>;
}
