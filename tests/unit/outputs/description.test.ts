import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/policy/markdown";
import { buildDescription, DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, oneLineText, truncateAtWordBoundary } from "@/lib/outputs/description";
import { htmlTree } from "@/lib/outputs/section-html";
import { fixturePolicy } from "../policy/fixture-content";

// Descriptions are made from the words a reader sees: the embed tree of the page, without its link buttons.
const policy = fixturePolicy();
const markdownToPlainText = (markdown: string) => oneLineText(htmlTree(policy, parseMarkdown(markdown, "test.md"), "embed"));

describe("oneLineText", () => {
  it("keeps link text and drops the link address", () => {
    expect(markdownToPlainText("Write to [us](mailto:a@example.org) or see [the policy](/privacy#cookies).")).toBe(
      "Write to us or see the policy.",
    );
  });

  it("runs list items together after their lead-in, separated by semicolons", () => {
    expect(markdownToPlainText("We collect:\n\n- your email\n- your payments\n")).toBe("We collect: your email; your payments");
  });

  it("ends a list with a full stop before the paragraph that follows it", () => {
    expect(markdownToPlainText("- Stripe\n- PayPal\n\nThese have their own policies.")).toBe(
      "Stripe; PayPal. These have their own policies.",
    );
  });

  it("does not double punctuation after an item that already ends a sentence", () => {
    expect(markdownToPlainText("- Paid by card. We keep nothing.\n- Email\n")).toBe("Paid by card. We keep nothing. Email");
  });

  it("drops raw HTML and keeps the text of emphasis, with whitespace collapsed", () => {
    expect(markdownToPlainText("<script>alert(1)</script>\n\nSome   *very*\n**important**  text.")).toBe(
      "Some very important text.",
    );
  });

  it("leaves out clause markers", () => {
    expect(markdownToPlainText("We collect: {#s--collect}\n\n- email {#s--email}\n")).toBe("We collect: email");
  });

  it("gives empty text for empty Markdown", () => {
    expect(markdownToPlainText("")).toBe("");
  });
});

describe("truncateAtWordBoundary", () => {
  it("returns text that fits unchanged", () => {
    expect(truncateAtWordBoundary("Short enough.", 20)).toBe("Short enough.");
  });

  it("cuts at the last whole word that fits and ends with an ellipsis, within the limit", () => {
    const cut = truncateAtWordBoundary("one two three four five", 14);
    expect(cut).toBe("one two three…");
    expect(cut.length).toBeLessThanOrEqual(14);
  });

  it("never ends in half a word", () => {
    const text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda";
    for (let limit = 8; limit < text.length; limit += 1) {
      const cut = truncateAtWordBoundary(text, limit);
      expect(cut.length).toBeLessThanOrEqual(limit);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      expect(text[cut.length - 1]).toBe(" ");
    }
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(truncateAtWordBoundary("We collect: email, payments and usage data", 22)).toBe("We collect: email…");
  });

  it("cuts inside a single word longer than the limit rather than return nothing", () => {
    expect(truncateAtWordBoundary("abcdefghijklmnopqrstuvwxyz", 10)).toBe("abcdefghi…");
  });
});

describe("buildDescription", () => {
  const context = "Section 8 of the Privacy Policy of example.org, Children's Privacy:";

  it("uses the text alone when it is long enough", () => {
    const text = "Our service is not directed to individuals under 18. We do not knowingly collect their data.";
    expect(buildDescription(text, context)).toBe(text);
  });

  it(`puts the context before text shorter than ${DESCRIPTION_MIN_LENGTH} characters`, () => {
    const description = buildDescription("Not for children.", context);
    expect(description).toBe(`${context} Not for children.`);
    expect(description.length).toBeGreaterThanOrEqual(DESCRIPTION_MIN_LENGTH);
  });

  it("still gives a usable description when the text is empty", () => {
    expect(buildDescription("", context)).toBe(context);
  });

  it(`cuts long text to at most ${DESCRIPTION_MAX_LENGTH} characters`, () => {
    const description = buildDescription("word ".repeat(100), context);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
    expect(description.length).toBeGreaterThan(DESCRIPTION_MAX_LENGTH - 6);
    expect(description.endsWith("word…")).toBe(true);
  });
});
