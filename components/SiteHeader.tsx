import { CONTACT_PATH, POLICY_PATH } from "@/lib/outputs/paths";

export function SiteHeader({ organization }: { organization: string }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={POLICY_PATH} className="site-name">
          {organization}
        </a>
        <nav aria-label="Site">
          <ul className="site-nav">
            <li>
              <a href={POLICY_PATH}>Privacy Policy</a>
            </li>
            <li>
              <a href={CONTACT_PATH}>Contact</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
