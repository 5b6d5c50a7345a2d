import { describe, expect, it } from "vitest";
import { guardDecision, isFlightRequest, originForm } from "@/lib/http/http-guard";

describe("guardDecision", () => {
  it.each(["GET", "HEAD", "OPTIONS"])("lets %s through", (method) => {
    expect(guardDecision(method, "/privacy")).toBeNull();
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", undefined])("answers %s with 405", (method) => {
    expect(guardDecision(method, "/privacy")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
  });

  it("answers OPTIONS * itself and refuses a target that is not a path", () => {
    expect(guardDecision("OPTIONS", "*")).toMatchObject({ status: 204 });
    expect(guardDecision("GET", "*")).toMatchObject({ status: 400 });
    expect(guardDecision("GET", "privacy")).toMatchObject({ status: 400 });
    expect(guardDecision("GET", "http://evil.example/privacy")).toBeNull();
  });

  describe("React Server Components requests (the guard runs in the production server only)", () => {
    it.each([
      ["an RSC header", "/privacy", { rsc: "1" }],
      ["a Next-Router-Prefetch header", "/privacy/cookies", { "next-router-prefetch": "1" }],
      ["an _rsc query", "/privacy?_rsc=abc12", {}],
      ["an _rsc query after another parameter", "/privacy/embed?theme=dark&_rsc=1", {}],
      ["an _rsc query on a data route", "/privacy.json?_rsc", {}],
      ["an _rsc query in an absolute-form target", "http://evil.example/privacy?_rsc=1", {}],
    ])("refuses %s with 400", (_, url, headers) => {
      expect(isFlightRequest(url, headers)).toBe(true);
      expect(guardDecision("GET", url, headers)).toMatchObject({ status: 400, body: expect.stringContaining("not React Server Components payloads") });
    });

    it.each(["/privacy?theme=dark", "/privacy?x_rsc=1", "/privacy/_rsc", "/privacy?rsc=1"])("lets %s through: it is no flight request", (url) => {
      expect(isFlightRequest(url, {})).toBe(false);
      expect(guardDecision("GET", url, {})).toBeNull();
    });

    it.each(["/privacy.rsc", "/privacy/cookies.rsc?x=1", "/privacy.segments/_tree.segment.rsc", "http://evil.example/privacy.rsc"])(
      "answers a request for the build's flight file %s with 404",
      (url) => {
        expect(guardDecision("GET", url, {})).toMatchObject({ status: 404 });
      },
    );
  });
});

describe("originForm", () => {
  it("keeps the path of an absolute-form target and drops its host", () => {
    expect(originForm("http://evil.example/privacy/3?x=1")).toBe("/privacy/3?x=1");
    expect(originForm("HTTPS://a:b@evil.example")).toBe("/");
    expect(originForm("http://evil.example?x")).toBe("/?x");
    expect(originForm("/privacy")).toBe("/privacy");
  });
});
