import net from "node:net";

/** A response as read off the socket: status, headers (lower-case names, repeats joined) and the raw body. */
export type RawResponse = { status: number; headers: Map<string, string>; body: string };

/**
 * Sends bytes as they are to 127.0.0.1:port and reads the answer until the server closes the connection. For
 * requests fetch() and Playwright refuse to send: unknown methods, raw paths, broken headers. Resolves null when
 * the server closed without answering, "timeout" when it neither answered nor closed in time.
 */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 10_000): Promise<RawResponse | null | "timeout"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const socket = net.connect({ host: "127.0.0.1", port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve("timeout");
    }, timeoutMs);
    socket.on("data", (chunk) => {
      // Enough to see any leak: pages are ~120 KB at most.
      if (size < 1_000_000) chunks.push(chunk);
      size += chunk.length;
    });
    // The server may answer and close before it has read a huge request: what it said is what counts.
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(parseResponse(Buffer.concat(chunks).toString("latin1")));
    });
    // Not end(): a half-closed connection reads to Node as an aborted request. Connection: close ends it instead.
    socket.write(request);
  });
}

function parseResponse(text: string): RawResponse | null {
  const end = text.indexOf("\r\n\r\n");
  const head = end === -1 ? text : text.slice(0, end);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(statusLine)?.[1];
  if (status === undefined) return null;
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return { status: Number(status), headers, body: end === -1 ? "" : text.slice(end + 4) };
}

/** An HTTP/1.1 request with `Connection: close`; `host` null leaves the Host header out. */
export function httpRequest({
  method = "GET",
  target,
  headers = {},
  host = "127.0.0.1",
  body,
  version = "HTTP/1.1",
}: {
  method?: string;
  target: string;
  headers?: Record<string, string>;
  host?: string | null;
  body?: string;
  version?: string;
}): string {
  const lines = [`${method} ${target} ${version}`];
  if (host !== null) lines.push(`Host: ${host}`);
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  lines.push("Connection: close", "", body ?? "");
  return lines.join("\r\n");
}

/** rawRequest for a request that must be answered: fails the test otherwise. */
export async function answeredRequest(port: number, request: string): Promise<RawResponse> {
  const response = await rawRequest(port, request);
  if (response === null || response === "timeout") throw new Error(`no answer (${response ?? "closed"}) to ${request.split("\r\n")[0]}`);
  return response;
}
