import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `file`. */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe("the layer order of lib/ (eslint.config.mjs)", () => {
  it.each([
    ["lib/policy/example.ts", 'import { renderHtml } from "../outputs/section-html";\nexport const x = renderHtml;\n'],
    ["lib/policy/example.ts", 'import { ROUTES } from "@/lib/http/routes";\nexport const x = ROUTES;\n'],
    ["lib/policy/example.ts", 'import { cache } from "react";\nexport const x = cache;\n'],
    ["lib/outputs/example.ts", 'import { ROUTES } from "../http/routes";\nexport const x = ROUTES;\n'],
    ["lib/outputs/example.ts", 'import fs from "node:fs";\nexport const x = fs;\n'],
    ["lib/http/example.ts", 'import { SiteChrome } from "@/components/SiteChrome";\nexport const x = SiteChrome;\n'],
  ])("refuses in %s: %s", async (file, code) => {
    expect(await problems(file, code)).toContain("no-restricted-imports");
  });

  it.each([
    ["lib/outputs/example.ts", 'import type { Policy } from "../policy";\nexport type X = Policy;\n'],
    ["lib/http/example.ts", 'import { DATA_PATHS } from "../outputs/paths";\nexport const x = DATA_PATHS;\n'],
    ["lib/policy/example.ts", 'import fs from "node:fs";\nexport const x = fs;\n'],
  ])("allows in %s: %s", async (file, code) => {
    expect(await problems(file, code)).not.toContain("no-restricted-imports");
  });
});
