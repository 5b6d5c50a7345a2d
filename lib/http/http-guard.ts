import http from "node:http";
import type { Duplex } from "node:stream";
import { COMMON_SECURITY_HEADERS, contentSecurityPolicy } from "./headers";

/** The only methods a static site needs: reading (GET, HEAD) and CORS preflights for the data routes (OPTIONS). */
const ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS"] as const;
const ALLOWED = new Set<string>(ALLOWED_METHODS);

const HEADERS = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
  ...COMMON_SECURITY_HEADERS,
  "Content-Security-Policy": contentSecurityPolicy({ framable: false, development: false }),
  "X-Frame-Options": "DENY",
};

export type GuardDecision = { status: 405 | 404 | 400 | 204; body: string; allow?: string } | null;

/** A request header by its lower-case name, as Node gives them. */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** The build's flight-payload files (`/privacy.rsc`, `/privacy.segments/…`), which Next would serve at their own address. */
const FLIGHT_FILE = /\.rsc$|\.segments(?:\/|$)/;

/**
 * A React Server Components request: what Next's client router sends for navigation and prefetch. The pages ship
 * no router (scripts/postbuild.ts takes it out), so no visitor needs one; answering it would hand out a flight
 * payload under the page's own address, which a cache could then serve in its place. Decided here, on the raw
 * request, because Next takes these headers and the `_rsc` parameter off before proxy.ts sees the request.
 */
export function isFlightRequest(url: string, headers: RequestHeaders): boolean {
  return headers["rsc"] !== undefined || headers["next-router-prefetch"] !== undefined || /[?&]_rsc(?:=|&|$)/.test(url);
}

/**
 * What to answer before Next sees a request, or null to let it through:
 *
 * - any method but GET, HEAD and OPTIONS: 405. Next's proxy adapter cannot even represent TRACE, TRACK or
 *   CONNECT (it builds a fetch Request, which refuses them) and answers them with a 500; and refusing POST and
 *   the rest here means no request body ever reaches React's Server Action decoding, which a static site never
 *   uses and which is where the worst App Router vulnerabilities have been;
 * - `OPTIONS *` (a question about the server itself): 204 with Allow; Next fails on it with a 500;
 * - any other target that is not a path (or an absolute URL, see originForm): 400;
 * - a React Server Components request (isFlightRequest): 400, and a flight-payload file: 404.
 */
export function guardDecision(method: string | undefined, url: string | undefined, headers: RequestHeaders = {}): GuardDecision {
  const allow = ALLOWED_METHODS.join(", ");
  if (method === undefined || !ALLOWED.has(method)) {
    return { status: 405, allow, body: `Method not allowed: this site only answers ${allow}.\n` };
  }
  if (url === "*" && method === "OPTIONS") return { status: 204, allow, body: "" };
  if (url === undefined || !(url.startsWith("/") || ABSOLUTE_FORM.test(url))) return { status: 400, body: "Bad request: the request target is not a path.\n" };
  if (isFlightRequest(url, headers)) return { status: 400, body: "Bad request: this site serves HTML pages, not React Server Components payloads.\n" };
  if (FLIGHT_FILE.test(originForm(url).split("?")[0] ?? "")) return { status: 404, body: "Not found: this site serves HTML pages only.\n" };
  return null;
}

const ABSOLUTE_FORM = /^https?:\/\/[^/?#]*/i;

/**
 * The request target as a path. HTTP/1.1 servers must accept the absolute form (`GET http://host/path`), which
 * only proxies are sent; Next would take its host as the site's and write it into redirects
 * (`Location: http://evil.example/privacy/data-protection`). This site answers for itself only: the path is kept,
 * the host dropped.
 */
export function originForm(url: string): string {
  if (!ABSOLUTE_FORM.test(url)) return url;
  const rest = url.replace(ABSOLUTE_FORM, "");
  return rest.startsWith("/") ? rest : `/${rest}`;
}

function answer(response: http.ServerResponse, decision: NonNullable<GuardDecision>) {
  response.writeHead(decision.status, { ...HEADERS, ...(decision.allow ? { Allow: decision.allow } : {}), Connection: "close" });
  response.end(decision.body);
}

let installed = false;

/**
 * Puts guardDecision in front of every HTTP server of this process (the one `next start` created), and answers
 * WebSocket upgrade requests with 400: the production site has no WebSocket, and Next leaves such a connection
 * open without a word when no route takes it, so each one would hold a socket for as long as the client likes.
 * Production only: `next dev` serves its hot reloading over a WebSocket.
 */
export function installHttpGuard(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args;
      if (request instanceof http.IncomingMessage && response instanceof http.ServerResponse) {
        const decision = guardDecision(request.method, request.url, request.headers);
        if (decision) {
          // Drain the body without keeping it: the connection closes once the answer is out.
          request.resume();
          answer(response, decision);
          return true;
        }
        if (request.url !== undefined) request.url = originForm(request.url);
        keepErrorsFromSharedCaches(response);
      }
    } else if (event === "upgrade") {
      const socket = args[1];
      if (isDuplex(socket)) {
        socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        return true;
      }
    }
    const handled: unknown = Reflect.apply(emit, this, [event, ...args]);
    return handled === true;
  };
}

/**
 * Headers that header rules set by path (lib/http/headers.ts) for what is found there, which Next leaves on a 404
 * or an error: CDN-Cache-Control (a CDN, which obeys it, would keep the error for an hour) and Content-Disposition
 * (a 404 page at a PDF's address is no file to save under the PDF's name).
 */
const HEADERS_NOT_FOR_ERRORS = ["CDN-Cache-Control", "Content-Disposition"];

/**
 * Takes HEADERS_NOT_FOR_ERRORS off every error response. Node sends every response's head through writeHead (an
 * implicit head too), where the status is finally known.
 */
export function keepErrorsFromSharedCaches(response: http.ServerResponse): void {
  const writeHead = response.writeHead;
  // defineProperty: writeHead's overloads cannot be restated by one function type, and its arguments pass through.
  // Writable and configurable, as an assignment would make it: Next wraps writeHead in turn, around this one.
  Object.defineProperty(response, "writeHead", {
    writable: true,
    configurable: true,
    value: function writeHeadWithoutErrorCaching(this: http.ServerResponse, statusCode: number, ...rest: unknown[]): unknown {
      if (statusCode >= 400) for (const name of HEADERS_NOT_FOR_ERRORS) this.removeHeader(name);
      return Reflect.apply(writeHead, this, [statusCode, ...rest]);
    },
  });
}

function isDuplex(value: unknown): value is Duplex {
  return typeof value === "object" && value !== null && "end" in value && typeof value.end === "function";
}
