import { describe, expect, it } from "vitest";
import { contactCard, policyCard, sectionCard, sectionCardAlt } from "@/lib/outputs/og-cards";
import { fixturePolicy } from "../policy/fixture-content";

const policy = fixturePolicy();

describe("link-preview cards", () => {
  it("show the policy with its number of sections and its last update", () => {
    expect(policyCard(policy)).toEqual({
      alt: "Privacy Policy of example.org",
      siteName: "example.org",
      badge: "10 sections",
      title: "Privacy Policy",
      footnote: "Last updated 1 February 2026",
      address: "example.org/privacy",
    });
  });

  it("show a section's place in the policy and its own address, under an alt text the same for every section", () => {
    const charlie = policy.sections[2];
    if (!charlie) throw new Error("no third section");
    const card = sectionCard(policy, charlie);
    expect(card).toMatchObject({ kicker: "Privacy Policy", badge: "Section 3 of 10", title: "Section charlie", address: "example.org/privacy/charlie" });
    expect(card.alt).toBe(sectionCardAlt(policy));
  });

  it("show the contact page", () => {
    expect(contactCard(policy)).toMatchObject({ title: "Contact", address: "example.org/contact", footnote: "Last updated 1 January 2026" });
  });
});
