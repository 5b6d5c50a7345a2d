import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { keepErrorsFromSharedCaches } from "@/lib/http/http-guard";

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A server that sets CDN-Cache-Control and Content-Disposition as header rules would, then answers `status`, explicitly or implicitly. */
async function headersOf(status: number, implicit: boolean): Promise<Headers> {
  const server = http.createServer((_, response) => {
    keepErrorsFromSharedCaches(response);
    response.setHeader("CDN-Cache-Control", "max-age=3600");
    response.setHeader("Content-Disposition", 'inline; filename="privacy-policy-2020-01-01.pdf"');
    if (implicit) {
      response.statusCode = status;
      response.end("body");
    } else {
      response.writeHead(status, { "Content-Type": "text/plain" }).end("body");
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return (await fetch(`http://127.0.0.1:${port}/`)).headers;
}

describe("shared caches never keep an error", () => {
  it.each([
    [404, true],
    [404, false],
    [500, true],
  ])("drops CDN-Cache-Control from a %i (implicit head: %s)", async (status, implicit) => {
    expect((await headersOf(status, implicit)).get("cdn-cache-control")).toBeNull();
  });

  it.each([200, 304, 308])("keeps CDN-Cache-Control on a %i", async (status) => {
    expect((await headersOf(status, true)).get("cdn-cache-control")).toBe("max-age=3600");
  });
});

describe("a 404 at a PDF's address", () => {
  it.each([
    [404, true],
    [404, false],
  ])("is no file to save: a %i (implicit head: %s) has no Content-Disposition", async (status, implicit) => {
    expect((await headersOf(status, implicit)).get("content-disposition")).toBeNull();
  });

  it("keeps it on the PDF itself", async () => {
    expect((await headersOf(200, true)).get("content-disposition")).toBe('inline; filename="privacy-policy-2020-01-01.pdf"');
  });
});

describe("the hook on writeHead", () => {
  it("lets the framework wrap writeHead in turn, as Next does", async () => {
    const server = http.createServer((_, response) => {
      keepErrorsFromSharedCaches(response);
      const wrapped = response.writeHead;
      response.writeHead = function frameworkWriteHead(this: http.ServerResponse, ...args: Parameters<typeof wrapped>) {
        this.setHeader("X-Framework", "1");
        return Reflect.apply(wrapped, this, args);
      } as typeof wrapped;
      response.setHeader("CDN-Cache-Control", "max-age=3600");
      response.statusCode = 404;
      response.end();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const headers = (await fetch(`http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/`)).headers;
    expect(headers.get("x-framework")).toBe("1");
    expect(headers.get("cdn-cache-control")).toBeNull();
  });
});
