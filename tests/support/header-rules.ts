// The site's header rules (lib/http/headers.ts) applied as Next applies them, for the tests that check or serve them.
import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { headerRules } from "@/lib/http/headers";

/** The rule sources as Next compiles them into the routes manifest (case-insensitive, like Next matches them). */
export function compiledRules(development: boolean) {
  return headerRules({ development }).map((rule) => ({ ...rule, pattern: new RegExp(buildCustomRoute("header", rule).regex, "i") }));
}

/** The headers Next sends for `pathname`: every matching rule in order, a later one winning for the same header. */
export function headersFor(pathname: string, { development = false } = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of compiledRules(development)) {
    if (rule.pattern.test(pathname)) for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}
