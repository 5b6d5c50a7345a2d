import type { ReactNode } from "react";
import { dictionaryOf } from "@/lib/outputs/language";
import type { Policy } from "@/lib/policy";
import { LastUpdated } from "./LastUpdated";
import { EffectiveDate } from "./VersionNotices";

/** The head of a page showing a whole version of the policy: its title and dates, then the notice about it. */
export function PolicyHeader({ policy, children }: { policy: Policy; children: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{policy.metadata.title}</h1>
      <div className="page-dates">
        <LastUpdated date={policy.metadata.updated} label={dictionaryOf(policy.language).lastUpdated} language={policy.language} />
        <EffectiveDate policy={policy} />
      </div>
      {children}
    </header>
  );
}
