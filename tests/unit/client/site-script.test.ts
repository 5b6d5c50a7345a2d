import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { buildClientScript, bundleClientScript } from "@/scripts/build-client";

const projectRoot = process.cwd();
/** 4 kB, gzip level 9: the whole of the site's JavaScript. */
const BUDGET_GZIP_BYTES = 4096;

describe("the site script (client/site.ts)", () => {
  it("stays within 4 kB gzip, and building twice gives the same bytes and the same name", async () => {
    const [first, second] = await Promise.all([bundleClientScript(), bundleClientScript()]);
    expect(first.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(Buffer.from(second.code).equals(Buffer.from(first.code))).toBe(true);
    expect(second.src).toBe(first.src);
    expect(first.src).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.js$/);
    expect(first.hash).toBe(createHash("sha256").update(first.code).digest("hex").slice(0, 10));
  });

  it("has no HTML sinks or string-to-code calls (the pages enforce Trusted Types), and no source map or comments", async () => {
    const text = Buffer.from((await bundleClientScript()).code).toString("utf8");
    for (const sink of [/innerHTML/, /outerHTML/, /insertAdjacentHTML/, /document\.write/, /\beval\b/, /\bFunction\s*\(/, /srcdoc/, /DOMParser/, /createContextualFragment/]) {
      expect(text).not.toMatch(sink);
    }
    expect(text).not.toMatch(/sourceMappingURL|\/\*|\/\/ /);
  });

  it("uses only ES2017 and the DOM (what old TV browsers have): client/tsconfig.json type-checks", () => {
    const configPath = path.join(projectRoot, "client", "tsconfig.json");
    const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
    expect(error).toBeUndefined();
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });

  describe("publishing (in a copy of the project)", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "build-client-"));
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("writes public/assets/site.<hash>.js and lib/generated/site-script.json, and removes older builds only", async () => {
      fs.cpSync(path.join(projectRoot, "client"), path.join(root, "client"), { recursive: true });
      const assets = path.join(root, "public", "assets");
      fs.mkdirSync(assets, { recursive: true });
      fs.writeFileSync(path.join(assets, "site.0123456789.js"), "old");
      fs.writeFileSync(path.join(assets, "other.js"), "not ours");

      const script = await buildClientScript(root);
      const json: unknown = JSON.parse(fs.readFileSync(path.join(root, "lib", "generated", "site-script.json"), "utf8"));
      expect(json).toEqual(script);
      expect(fs.readdirSync(assets).sort()).toEqual([path.basename(script.src), "other.js"].sort());
      const published = fs.readFileSync(path.join(root, "public", script.src));
      expect(published.length).toBe(script.bytes);
      expect(script).toEqual({ src: (await bundleClientScript()).src, bytes: published.length, gzipBytes: script.gzipBytes });
    });
  });
});
