import { createHash } from "node:crypto";
import { buildPolicyDocument, DATA_PATHS, type PolicyInput, policyDocumentSchema, policyJsonSchema } from "./policy-document";
import { buildPolicyMarkdown } from "./policy-markdown";
import { buildPolicyText } from "./policy-text";

export type DataPath = (typeof DATA_PATHS)[keyof typeof DATA_PATHS];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Each machine-readable form of the policy: its media type and how its body is made from the content. */
const ROUTES: Record<DataPath, { contentType: string; body: (input: PolicyInput) => string }> = {
  // Parsed through the schema once more on the way out: the route never serves what the schema does not describe.
  [DATA_PATHS.json]: { contentType: "application/json; charset=utf-8", body: (input) => json(policyDocumentSchema.parse(buildPolicyDocument(input))) },
  [DATA_PATHS.schema]: { contentType: "application/schema+json; charset=utf-8", body: (input) => json(policyJsonSchema(input.metadata.siteUrl)) },
  [DATA_PATHS.text]: { contentType: "text/plain; charset=utf-8", body: (input) => buildPolicyText(buildPolicyDocument(input)) },
  [DATA_PATHS.markdown]: { contentType: "text/markdown; charset=utf-8", body: buildPolicyMarkdown },
};

export const DATA_PATH_LIST: readonly DataPath[] = Object.values(DATA_PATHS);

export function isDataPath(path: string): path is DataPath {
  return Object.hasOwn(ROUTES, path);
}

export function dataRouteBody(path: DataPath, input: PolicyInput): string {
  return ROUTES[path].body(input);
}

/**
 * A strong validator for a body. Next gives prerendered pages an ETag but not the output of route handlers, so
 * these routes carry their own, and proxy.ts answers If-None-Match with 304 (see data-route-revalidation.ts).
 */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Headers a data route handler sets itself; CORS and Cache-Control are set in next.config.ts (data-route-headers.ts). */
export function dataRouteHeaders(path: DataPath, body: string): Record<string, string> {
  return { "Content-Type": ROUTES[path].contentType, ETag: etagOf(body) };
}

/** The response of a data route handler (prerendered at build time: the handlers are force-static). */
export function dataRouteResponse(path: DataPath, input: PolicyInput): Response {
  const body = dataRouteBody(path, input);
  return new Response(body, { headers: dataRouteHeaders(path, body) });
}
