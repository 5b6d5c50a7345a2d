import { dataResponse } from "@/lib/http/data-responses";
import { getTimeline } from "@/lib/policy";

// The French of /privacy.txt, made once at build time from the same content as the pages; proxy.ts answers If-None-Match.
export const dynamic = "force-static";

export function GET(): Response {
  const { body, headers } = dataResponse(getTimeline("fr"), "text");
  return new Response(body, { headers });
}
