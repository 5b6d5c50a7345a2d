import { describe, expect, it } from "vitest";
import { brandIconDataUri, displayAddress } from "@/lib/seo/brand";

describe("displayAddress", () => {
  it("shows an address without its scheme, as people write it", () => {
    expect(displayAddress("https://smartsiptv.fr/privacy/cookies")).toBe("smartsiptv.fr/privacy/cookies");
  });

  it("shows a site's root as its host alone", () => {
    expect(displayAddress("https://staging.example.com/")).toBe("staging.example.com");
  });
});

describe("brandIconDataUri", () => {
  it("embeds app/icon.svg, the favicon's single source", async () => {
    const uri = await brandIconDataUri();
    expect(uri).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(uri.split(",")[1] ?? "", "base64").toString("utf8")).toContain("<svg");
  });
});
