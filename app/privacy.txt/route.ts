import { dataResponse } from "@/lib/http/data-responses";
import { getTimeline } from "@/lib/policy";

// Made once at build time from the same content as the pages; proxy.ts answers If-None-Match for it.
export const dynamic = "force-static";

export function GET(): Response {
  const { body, headers } = dataResponse(getTimeline(), "text");
  return new Response(body, { headers });
}
