import { NotFoundPage, notFoundPageMetadata } from "@/components/pages/NotFoundPage";

export const generateMetadata = () => notFoundPageMetadata("fr");

/**
 * The 404 page of the addresses under /fr/, in French: prerendered here, and served with status 404 by proxy.ts
 * for any /fr/ address the site does not have (Next's own 404 page is one document, app/global-not-found.tsx).
 */
export default function Page() {
  return <NotFoundPage language="fr" />;
}
