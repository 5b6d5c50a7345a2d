import { type JsonValue, serializeJsonLd } from "@/lib/outputs/json-ld";

/**
 * Structured data for search engines. Besides RenderedHtml, the one use of dangerouslySetInnerHTML: a script's
 * text must not be HTML-escaped by React, and serializeJsonLd makes it safe to embed.
 */
export function JsonLd({ data }: { data: JsonValue }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
