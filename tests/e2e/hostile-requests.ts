import { httpRequest } from "./raw-http";

/**
 * One odd or hostile request: a name to report it by and its exact bytes. `unanswered`: HTTP itself says the
 * server waits or hangs up without a response (an incomplete request, CONNECT which Node closes when no proxy
 * listens); the test then only checks that the server is still well afterwards.
 */
export type HostileRequest = { name: string; request: string; unanswered?: true };

const PAGES = ["/privacy", "/privacy/cookies", "/contact", "/privacy/embed", "/privacy/embed/cookies", "/nope", "/"];
const DATA = ["/privacy.json", "/privacy.schema.json", "/privacy.txt", "/privacy.md"];
const FILES = ["/favicon.ico", "/icon.svg", "/robots.txt", "/sitemap.xml", "/apple-icon", "/opengraph-image", "/_next/static/chunks/nope.js"];
/** One address of each kind of response: page, section, embed, 404, redirect, data route, file, build asset. */
const EVERY_KIND = ["/privacy", "/privacy/cookies", "/privacy/embed", "/nope", "/", "/privacy.json", "/favicon.ico", "/_next/static/chunks/nope.js"];

const TRAVERSAL = [
  "/../../etc/passwd",
  "/privacy/../../../etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/privacy/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/privacy/..%2f..%2f..%2fetc%2fpasswd",
  "/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
  "/privacy/%252e%252e/%252e%252e/package.json",
  "/..%5c..%5cwindows%5cwin.ini",
  "/..\\..\\etc\\passwd",
  "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
  "/privacy/..;/..;/etc/passwd",
  "/_next/static/../../../package.json",
  "/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json",
  "/_next/static/..%2f..%2f..%2fpackage.json",
  "/_next/static/chunks/..%2f..%2fBUILD_ID",
  "/_next/image?url=/etc/passwd&w=64&q=75",
  "/_next/image?url=http://169.254.169.254/&w=64&q=75",
  "/.next/BUILD_ID",
  "/.next/server/app/privacy.html",
  "/.next/csp-hashes.json",
  "/.env",
  "/.env.local",
  "/.git/config",
  "/package.json",
  "/next.config.ts",
  "/proxy.ts",
  "/content/policy.yaml",
  "/node_modules/next/package.json",
  "/server/app/privacy.html",
  "/privacy.json/../../etc/passwd",
  "/privacy/embed/../../../../etc/passwd",
  "/%2F%2Fevil.example",
  "//evil.example/",
  "/\\evil.example/",
  "/%5Cevil.example/",
  "/privacy/%2F%2Fevil.example",
];

const NUL_AND_CONTROL = [
  "/privacy%00",
  "/%00",
  "/privacy/%00cookies",
  "/privacy/cookies%00.html",
  "/privacy.json%00.txt",
  "/_next/static/%00",
  "/privacy/embed%00",
  "/privacy%0d%0aSet-Cookie:%20x=1",
  "/privacy/%0d%0aLocation:%20https://evil.example",
  "/privacy/3%0d%0aX-Injected:%201",
  "/privacy%09",
  "/privacy%7f",
  "/privacy%1b[31m",
];

const BAD_PERCENT_ENCODING = [
  "/%ZZ",
  "/%",
  "/%%",
  "/privacy%",
  "/privacy/%ZZ",
  "/privacy/%E0%A4%A",
  "/privacy/%FF%FE",
  "/contact/%ZZ",
  "/contact%ZZ",
  "/privacy/embed/%ZZ",
  "/privacy/embed/%",
  "/privacy/cookies/%ZZ",
  "/privacy.json%ZZ",
  "/_next/static/%ZZ",
  "/_next/static/chunks/%E0%A4%A.js",
  "/%C0%80",
  "/%ED%A0%80",
  "/privacy?%ZZ=1",
  "/privacy?q=%",
  "/privacy/cookies?theme=%E0%A4%A",
  "/privacy/embed?theme=%ZZ&size=%",
];

const UNICODE = [
  "/privacy/%E3%82%AF%E3%83%83%E3%82%AD%E3%83%BC",
  "/privacy/%E2%80%AEcookies",
  "/privacy/%E2%80%AE%E2%80%8Bcookies%E2%80%AC",
  "/privacy/%F0%9F%8D%AA",
  "/%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80",
  "/privacy/%EF%BD%83%EF%BD%8F%EF%BD%8F%EF%BD%8B%EF%BD%89%EF%BD%85%EF%BD%93",
  "/PR%C4%B0VACY",
  "/privacy/cookie%CC%81s",
  "/privacy/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9",
  "/privacy/embed/%F0%9F%8D%AA?theme=%F0%9F%8C%91",
  "/privacy/%EF%BB%BFcookies",
  "/privacy/%E2%80%8B",
];

const QUERY_JUNK = [
  "?__proto__[x]=1",
  "?__proto__.x=1&constructor[prototype][x]=1",
  "?constructor=1&toString=1&valueOf=1&hasOwnProperty=1",
  `?${Array.from({ length: 500 }, (_, index) => `a=${index}`).join("&")}`,
  `?${"x".repeat(6000)}=1`,
  "?theme=%3Cscript%3Ealert(1)%3C/script%3E&size=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
  "?theme[]=dark&size[]=tv",
  "?_rsc=junk",
  "?_rsc=%00%ff",
  "?%00=%00",
  "?&&&==&=",
  "?q=javascript:alert(1)",
];

/** Request headers that mean something to Next (RSC, routing, the proxy) or to Node, set to junk. */
const HEADER_JUNK: Record<string, string>[] = [
  { RSC: "1" },
  { RSC: "junk" },
  { RSC: "1", "Next-Router-State-Tree": "junk" },
  { RSC: "1", "Next-Router-State-Tree": "%7B%22x%22%3A" },
  { RSC: "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, "refetch", true])) },
  { RSC: "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify([{ __proto__: { x: 1 } }, 1, 2])) },
  { RSC: "1", "Next-Router-State-Tree": "A".repeat(8000) },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
  { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/../../etc/passwd" },
  { RSC: "1", "Next-Router-Segment-Prefetch": "junk%ZZ" },
  { RSC: "1", "Next-Url": "javascript:alert(1)" },
  { RSC: "1", "Next-Url": "/%ZZ" },
  { "Next-Action": "junk" },
  { "Next-Action": "0".repeat(42), "Content-Type": "text/plain" },
  { "Next-Router-Stale-Time": "-1" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" },
  { "x-middleware-subrequest": "pages/_middleware" },
  { "x-middleware-prefetch": "1" },
  { "x-middleware-invoke": "1", "x-invoke-path": "/_not-found", "x-invoke-status": "500" },
  { "x-invoke-output": "/etc/passwd", "x-invoke-query": "%7B%7D" },
  { "x-matched-path": "/_global-error" },
  { "x-nextjs-data": "1" },
  { "x-prerender-revalidate": "junk" },
  { "x-now-route-matches": "id=../../etc/passwd" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" },
  { "x-forwarded-for": "1.2.3.4, <script>", Forwarded: "for=\"[::1\";host=evil.example" },
  { Cookie: `session=${"a".repeat(8000)}` },
  { Cookie: "__proto__=1; constructor=2; =; ;;; a" },
  { "User-Agent": "U".repeat(12_000) },
  { "User-Agent": "() { :; }; echo vulnerable" },
  { Accept: "text/x-component" },
  { Accept: "*/*;q=junk, text/html;level=%00" },
  { "Accept-Encoding": "gzip;q=2, br;q=-1, junk, identity;q=0, *;q=0" },
  { "Accept-Language": "x".repeat(5000) },
  { Range: "bytes=abc" },
  { Range: `bytes=${Array.from({ length: 200 }, (_, index) => `${index}-${index}`).join(",")}` },
  { Range: "bytes=-99999999999999999999" },
  { "If-None-Match": `"${"x".repeat(7000)}"` },
  { "If-None-Match": "*" },
  { "If-Modified-Since": "not a date" },
  { "If-Range": "junk", Range: "bytes=0-10" },
  { Origin: "null", "Access-Control-Request-Method": "DELETE", "Access-Control-Request-Headers": "x-junk" },
  { Purpose: "prefetch", "Sec-Purpose": "prefetch;prerender" },
  { "Content-Type": "multipart/form-data; boundary=----x" },
  { "Transfer-Encoding": "gzip" },
  { Expect: "100-continue" },
  { Upgrade: "websocket", Connection: "Upgrade", "Sec-WebSocket-Key": "junk", "Sec-WebSocket-Version": "13" },
  { Authorization: "Basic %%%" },
  { "X-HTTP-Method-Override": "DELETE" },
  Object.fromEntries(Array.from({ length: 90 }, (_, index) => [`X-Junk-${index}`, "y".repeat(100)])),
];

const METHODS = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "LOCK", "SEARCH", "PURGE", "FOO", "BREW", "get", "G\u0000ET", "GET\tX"];

const BODIES: { name: string; headers: Record<string, string>; body: string }[] = [
  { name: "form", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "__proto__[x]=1&a=%ZZ" },
  { name: "json", headers: { "Content-Type": "application/json" }, body: '{"__proto__":{"polluted":1},"a":' },
  { name: "server action", headers: { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "7f".repeat(21) }, body: '["$@1",["x"]]' },
  { name: "multipart action", headers: { "Content-Type": "multipart/form-data; boundary=b", "Next-Action": "x" }, body: '--b\r\nContent-Disposition: form-data; name="1_$ACTION_ID_x"\r\n\r\n\r\n--b--\r\n' },
  { name: "big", headers: { "Content-Type": "application/octet-stream" }, body: "z".repeat(200_000) },
];

/** Requests that break HTTP itself, written byte for byte. */
const MALFORMED: HostileRequest[] = [
  { name: "no Host header", request: httpRequest({ target: "/privacy", host: null }) },
  { name: "empty Host", request: httpRequest({ target: "/privacy", host: "" }) },
  { name: "Host with a space", request: httpRequest({ target: "/privacy", host: "a b" }) },
  { name: "Host of another site", request: httpRequest({ target: "/privacy/3", host: "evil.example" }) },
  { name: "Host with a bad port", request: httpRequest({ target: "/", host: "127.0.0.1:99999" }) },
  { name: "Host with a path", request: httpRequest({ target: "/privacy/Cookies", host: "evil.example/x?" }) },
  { name: "Host unterminated IPv6", request: httpRequest({ target: "/", host: "[::1" }) },
  { name: "two Hosts", request: "GET /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n" },
  { name: "absolute-form target of another host", request: httpRequest({ target: "http://evil.example/privacy/3" }) },
  { name: "absolute-form target with userinfo", request: httpRequest({ target: "http://a:b@evil.example/" }) },
  { name: "asterisk-form OPTIONS", request: httpRequest({ method: "OPTIONS", target: "*" }) },
  { name: "authority-form CONNECT", request: httpRequest({ method: "CONNECT", target: "evil.example:443" }), unanswered: true },
  { name: "CONNECT to the site", request: httpRequest({ method: "CONNECT", target: "127.0.0.1:80" }), unanswered: true },
  { name: "target without a slash", request: httpRequest({ target: "privacy" }) },
  { name: "empty target", request: "GET  HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" },
  { name: "HTTP/1.0", request: httpRequest({ target: "/privacy", version: "HTTP/1.0", host: null }) },
  { name: "HTTP/0.9 style", request: "GET /privacy\r\n\r\n" },
  { name: "HTTP/2.0 over plain text", request: httpRequest({ target: "/privacy", version: "HTTP/2.0" }) },
  { name: "HTTP/9.9", request: httpRequest({ target: "/privacy", version: "HTTP/9.9" }) },
  { name: "HTTP/2 preface", request: "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" },
  { name: "bare LF line ends", request: "GET /privacy HTTP/1.1\nHost: 127.0.0.1\nConnection: close\n\n" },
  { name: "header without a colon", request: "GET /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nJunk\r\nConnection: close\r\n\r\n" },
  { name: "header folded over lines", request: "GET /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: 1\r\n  continued\r\nConnection: close\r\n\r\n" },
  { name: "space before colon", request: "GET /privacy HTTP/1.1\r\nHost : 127.0.0.1\r\nConnection: close\r\n\r\n" },
  { name: "NUL in a header", request: "GET /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\u0000b\r\nConnection: close\r\n\r\n" },
  { name: "raw UTF-8 in the path", request: "GET /privacy/\u00e9\u00e8 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" },
  { name: "raw space in the path", request: "GET /privacy /cookies HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" },
  { name: "both Content-Length and chunked", request: "POST /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n" },
  { name: "two Content-Lengths", request: "POST /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab" },
  { name: "negative Content-Length", request: "POST /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\nConnection: close\r\n\r\n" },
  { name: "bad chunk size", request: "POST /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n" },
  { name: "Content-Length longer than the body", request: "GET /contact HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\nConnection: close\r\n\r\nabc", unanswered: true },
  { name: "request smuggling prefix", request: "GET /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 44\r\nConnection: close\r\n\r\nGET /admin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" },
  { name: "8 KB of header names", request: `GET /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\n${"X".repeat(8192)}: 1\r\nConnection: close\r\n\r\n` },
  { name: "20 KB header (over Node's limit)", request: httpRequest({ target: "/privacy", headers: { Cookie: "c".repeat(20_000) } }) },
  { name: "garbage", request: "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003junk-tls-hello\r\n\r\n" },
  { name: "only CRLFs", request: "\r\n\r\n\r\n", unanswered: true },
];

/**
 * About a thousand odd or hostile requests: every kind of path with hostile paths, queries, methods, bodies and
 * headers, and requests that break HTTP itself.
 */
export function hostileRequests(): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const add = (name: string, request: string) => requests.push({ name, request });
  for (const target of [...TRAVERSAL, ...NUL_AND_CONTROL, ...BAD_PERCENT_ENCODING, ...UNICODE]) {
    add(`GET ${target}`, httpRequest({ target }));
    add(`HEAD ${target}`, httpRequest({ method: "HEAD", target }));
    add(`GET ${target} as RSC`, httpRequest({ target, headers: { RSC: "1" } }));
  }
  for (const path of EVERY_KIND) {
    for (const query of QUERY_JUNK) add(`GET ${path}${query.slice(0, 60)}`, httpRequest({ target: `${path}${query}` }));
    for (const headers of HEADER_JUNK) add(`GET ${path} with ${JSON.stringify(headers).slice(0, 100)}`, httpRequest({ target: path, headers }));
    for (const method of METHODS) add(`${method} ${path}`, httpRequest({ method, target: path }));
  }
  for (const path of [...PAGES, ...DATA, ...FILES]) {
    for (const { name, headers, body } of BODIES) add(`POST ${path} with a ${name} body`, httpRequest({ method: "POST", target: path, headers, body }));
  }
  for (const length of [2_000, 8_000, 16_000, 64_000]) {
    add(`a ${length}-character path`, httpRequest({ target: `/${"a".repeat(length)}` }));
    add(`a ${length}-character section id`, httpRequest({ target: `/privacy/${"b".repeat(length)}` }));
    add(`a ${length}-character embed path`, httpRequest({ target: `/privacy/embed/${"c/".repeat(length / 2)}` }));
    add(`a ${length}-character query`, httpRequest({ target: `/privacy?q=${"d".repeat(length)}` }));
    add(`${length / 2} path segments`, httpRequest({ target: "/x".repeat(length / 2) }));
    add(`${length / 6} encoded traversals`, httpRequest({ target: `/privacy/${"%2e%2e%2f".repeat(length / 9)}` }));
  }
  requests.push(...MALFORMED);
  return requests;
}
