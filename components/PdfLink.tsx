import { dictionaryOf } from "@/lib/outputs/language";
import type { PdfDownload } from "@/lib/outputs/version-history";

/**
 * "Download PDF (66 kB)" in the page's `language`: the version as a PDF, to attach to an email or keep; marked when
 * the PDF is in another language. The caller finds it (pdfLink), as it shows nothing around a version without one.
 */
export function PdfLink({ link, language }: { link: PdfDownload; language: string }) {
  return (
    <a href={link.href} type="application/pdf" hrefLang={link.language === language ? undefined : link.language} className="pdf-link">
      {dictionaryOf(language).downloadPdf(link.size)}
    </a>
  );
}
