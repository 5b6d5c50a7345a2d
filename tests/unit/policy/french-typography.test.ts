import { describe, expect, it } from "vitest";
import { frenchTypographyProblems, treeTypographyProblems } from "@/lib/policy/french-typography";
import { parseMarkdown } from "@/lib/policy/markdown";

const NARROW = "\u202F";
const FULL = "\u00A0";

describe("French typography", () => {
  it("accepts the right no-break spaces before ; ! ? : and inside guillemets", () => {
    expect(frenchTypographyProblems(`Vous avez le droit${FULL}: d’accéder${NARROW}; de rectifier${NARROW}! Vraiment${NARROW}? «${NARROW}oui${NARROW}»`)).toEqual([]);
  });

  it.each([
    [`le droit : d’accéder`, "needs a no-break space (U+00A0) before :, not a normal space"],
    [`le droit: d’accéder`, "needs a no-break space (U+00A0) before :"],
    [`d’accéder ; de rectifier`, "needs a narrow no-break space (U+202F) before ;, not a normal space"],
    [`Vraiment?`, "needs a narrow no-break space (U+202F) before ?"],
    [`« oui${NARROW}»`, "needs a narrow no-break space (U+202F) after «, not a normal space"],
    [`«${NARROW}oui »`, "needs a narrow no-break space (U+202F) before », not a normal space"],
  ])("refuses %j, saying which space goes where", (text, problem) => {
    expect(frenchTypographyProblems(text)).toEqual([expect.stringContaining(problem)]);
  });

  it("leaves addresses, e-mail links and times alone", () => {
    expect(frenchTypographyProblems("voir https://smartsiptv.fr/privacy ou mailto:support@smartsiptv.fr à 10:30")).toEqual([]);
  });

  it("checks the words of a document, not its link addresses", () => {
    const tree = parseMarkdown(`Écrivez à [support@smartsiptv.fr](mailto:support@smartsiptv.fr) ou voyez [la page](/privacy#contact)${FULL}: merci.\n`, "test.md");
    expect(treeTypographyProblems(tree, frenchTypographyProblems)).toEqual([]);
    expect(treeTypographyProblems(parseMarkdown("Une question ?\n", "test.md"), frenchTypographyProblems)).toHaveLength(1);
  });
});
