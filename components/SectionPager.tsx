import Link from "next/link";
import type { RenderedSection } from "@/lib/policy";

/** Previous and next section links at the foot of a section page, and the way back to the full policy. */
export function SectionPager({ previous, next, current }: { previous?: RenderedSection; next?: RenderedSection; current: RenderedSection }) {
  return (
    <nav className="section-pager" aria-label="Sections">
      <ul>
        {previous && (
          <li className="pager-previous">
            <Link href={`/privacy/${previous.id}`} rel="prev">
              <span className="pager-label">Previous</span> {previous.number}. {previous.title}
            </Link>
          </li>
        )}
        {next && (
          <li className="pager-next">
            <Link href={`/privacy/${next.id}`} rel="next">
              <span className="pager-label">Next</span> {next.number}. {next.title}
            </Link>
          </li>
        )}
      </ul>
      <p className="in-context">
        <Link href={`/privacy#${current.id}`}>Read the full policy</Link>
      </p>
    </nav>
  );
}
