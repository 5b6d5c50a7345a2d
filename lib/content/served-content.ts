import { loadContent } from "./load-content";
import type { PolicyContent } from "./parse-content";

let served: PolicyContent | null | undefined;

/**
 * The content a running server was built from, for code that runs per request (proxy.ts). Read and validated once
 * per process, and shared: content cannot change under a running production build. Null when it is missing or
 * invalid, so callers fall back to letting Next answer.
 */
export function servedContent(): PolicyContent | null {
  if (served === undefined) served = loadContent(process.cwd()).data;
  return served;
}
