import { describe, expect, it } from "vitest";
import { embedQuery, parseEmbedParams } from "@/lib/embed/embed-params";

describe("parseEmbedParams", () => {
  it.each([
    ["", { theme: null, size: null }],
    ["?theme=dark", { theme: "dark", size: null }],
    ["?theme=light&size=tv", { theme: "light", size: "tv" }],
    ["?size=TV&theme=Dark", { theme: "dark", size: "tv" }],
    ["?theme=%20light%20", { theme: "light", size: null }],
  ])("%s → %j", (search, expected) => {
    expect(parseEmbedParams(search)).toEqual(expected);
  });

  it.each(["?theme=blue", "?size=huge", "?theme=", "?theme&size", "?theme=dark;size=tv", "?%E0%A4%A=1", "?size[]=tv"])(
    "falls back to the defaults for %s, never throws",
    (search) => {
      const params = parseEmbedParams(search);
      expect(params.size).toBeNull();
      expect(params.theme === null || params.theme === "dark").toBe(true);
    },
  );
});

describe("embedQuery", () => {
  it("writes only the parameters that differ from the defaults, in one order", () => {
    expect(embedQuery({ theme: null, size: null })).toBe("");
    expect(embedQuery({ theme: "dark", size: "tv" })).toBe("?theme=dark&size=tv");
    expect(embedQuery(parseEmbedParams("?size=tv&theme=nope"))).toBe("?size=tv");
  });
});
