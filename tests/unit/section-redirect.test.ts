import { describe, expect, it } from "vitest";
import { decideSectionPath } from "@/lib/section-redirect";

const routes = {
  ids: ["information-we-collect", "how-we-use-your-information", "data-protection", "cookies"],
  aliases: new Map([
    ["data-security", "data-protection"],
    ["cookies--old-clause", "cookies"],
    ["clause-only", "cookies--essential"],
  ]),
};

describe("decideSectionPath", () => {
  it("serves a canonical section id as it is", () => {
    expect(decideSectionPath("cookies", routes)).toEqual({ action: "serve" });
  });

  it.each([
    ["3", "data-protection"],
    ["03", "data-protection"],
    ["Cookies", "cookies"],
    ["DATA-PROTECTION", "data-protection"],
    ["%43ookies", "cookies"],
    ["data-security", "data-protection"],
    ["Data-Security", "data-protection"],
  ])("redirects /privacy/%s to /privacy/%s", (segment, id) => {
    expect(decideSectionPath(segment, routes)).toEqual({ action: "redirect", id });
  });

  it.each(["0", "5", "999", "nope", "clause-only"])("leaves /privacy/%s to the 404 page", (segment) => {
    expect(decideSectionPath(segment, routes)).toEqual({ action: "serve" });
  });

  it.each(["%ZZ", "%E0%A4%A"])("rejects the malformed percent-encoding %s", (segment) => {
    expect(decideSectionPath(segment, routes)).toEqual({ action: "reject" });
  });
});
