import { NotFoundPage, notFoundPageMetadata } from "@/components/pages/NotFoundPage";
import { documentMetadata, SiteDocument } from "@/components/SiteDocument";

// Outside the root layouts, so it names the site's address (metadataBase) itself.
export const generateMetadata = () => ({ ...documentMetadata("en"), ...notFoundPageMetadata("en") });

/**
 * The 404 page of any address outside a language's pages. With one root layout per language there is no layout
 * above them all, so this page is a whole document of its own (Next's global-not-found).
 */
export default function GlobalNotFound() {
  return (
    <SiteDocument language="en">
      <NotFoundPage language="en" />
    </SiteDocument>
  );
}
