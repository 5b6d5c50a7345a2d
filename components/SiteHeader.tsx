import Link from "next/link";

export function SiteHeader({ organization }: { organization: string }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/privacy" className="site-name">
          {organization}
        </Link>
        <nav aria-label="Site">
          <ul className="site-nav">
            <li>
              <Link href="/privacy">Privacy Policy</Link>
            </li>
            <li>
              <Link href="/contact">Contact</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
