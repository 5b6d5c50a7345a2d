import type { ReactNode } from "react";
import { dictionaryOf } from "@/lib/outputs/language";
import { pdfLink } from "@/lib/outputs/version-history";
import type { Policy } from "@/lib/policy";
import { LastUpdated } from "./LastUpdated";
import { PdfLink } from "./PdfLink";
import { EffectiveDate } from "./VersionNotices";

/**
 * The head of a page showing a whole version of the policy: its title, dates and PDF (`current`: the address of the
 * version in effect, /privacy.pdf), then the notice about it.
 */
export function PolicyHeader({ policy, current, children }: { policy: Policy; current: boolean; children: ReactNode }) {
  const pdf = pdfLink(policy, { current });
  return (
    <header className="page-header">
      <h1>{policy.metadata.title}</h1>
      <div className="page-dates">
        <LastUpdated date={policy.metadata.updated} label={dictionaryOf(policy.language).lastUpdated} language={policy.language} />
        <EffectiveDate policy={policy} />
        {pdf ? (
          <p className="pdf-download">
            <PdfLink link={pdf} language={policy.language} />
          </p>
        ) : null}
      </div>
      {children}
    </header>
  );
}
