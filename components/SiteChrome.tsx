import type { ReactNode } from "react";
import { dictionaryOf } from "@/lib/outputs/language";
import { getPolicy } from "@/lib/policy";
import { LanguageLinks, type PageLanguages } from "./LanguageLinks";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { TranslationNotice } from "./TranslationNotice";

/**
 * The site's header, main landmark and footer around a page, in the page's language, with the link to the same
 * page in the others. Each page brings its own (a layout does not know its page's address); the embed view has none.
 */
export function SiteChrome({ page, children }: { page: PageLanguages; children: ReactNode }) {
  const policy = getPolicy(page.language);
  const words = dictionaryOf(page.language);
  return (
    <>
      <a className="skip-link" href="#main">
        {words.skipToContent}
      </a>
      <SiteHeader policy={policy}>
        <LanguageLinks page={page} />
      </SiteHeader>
      <main id="main" className="site-main" tabIndex={-1}>
        <TranslationNotice policy={policy} />
        {children}
      </main>
      <SiteFooter policy={policy} />
    </>
  );
}
