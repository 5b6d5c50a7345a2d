import { CopyLinkButton } from "./CopyLinkButton";

/** The anchor link and "Copy link" button beside a section heading. */
export function SectionHeadingLinks({ id, number, title, shareUrl }: { id: string; number: number; title: string; shareUrl: string }) {
  const name = `section ${number}: ${title}`;
  return (
    <span className="heading-links">
      <a className="heading-anchor" href={`#${id}`} aria-label={`Link to ${name}`}>
        #
      </a>
      <CopyLinkButton url={shareUrl} label={`Copy link to ${name}`} />
    </span>
  );
}
