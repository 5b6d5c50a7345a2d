import { dictionaryOf } from "@/lib/outputs/language";
import { pdfLink } from "@/lib/outputs/version-history";
import type { Policy } from "@/lib/policy";

/** "Download PDF (66 kB)": the version as a PDF, to attach to an email or keep; marked when it is in another language. */
export function PdfLink({ policy, current = false }: { policy: Policy; current?: boolean }) {
  const link = pdfLink(policy, { current });
  if (!link) return null;
  const foreign = link.language === policy.language ? undefined : link.language;
  return (
    <a href={link.href} type="application/pdf" hrefLang={foreign} className="pdf-link">
      {dictionaryOf(policy.language).downloadPdf(link.size)}
    </a>
  );
}
