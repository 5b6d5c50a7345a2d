import { dataRouteResponse } from "@/lib/apps/data-routes";
import { DATA_PATHS } from "@/lib/apps/policy-document";
import { getAllSections, getPolicyMetadata } from "@/lib/policy";

// Made once at build time from the same content as the pages; proxy.ts answers If-None-Match for it.
export const dynamic = "force-static";

export function GET(): Response {
  return dataRouteResponse(DATA_PATHS.json, { metadata: getPolicyMetadata(), sections: getAllSections() });
}
