/**
 * The one place rendered HTML enters a page. Its input always comes from lib/outputs/section-html.ts, which
 * sanitises it; nothing else may use dangerouslySetInnerHTML but JsonLd, for escaped structured data.
 */
export function RenderedHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
