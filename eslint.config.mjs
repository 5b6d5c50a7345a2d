import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

/** Import patterns that name a folder of lib/ (relative or through the @/ alias) or anything above lib/. */
const layer = (name) => [`../${name}`, `../${name}/*`, `@/lib/${name}`, `@/lib/${name}/*`];
const aboveLib = ["@/components/*", "@/app/*", "../../components/*", "../../app/*"];
const noFiles = { group: ["fs", "node:fs", "fs/promises", "node:fs/promises"], message: "Only lib/policy reads files: take the value from the content model instead." };

/**
 * lib/ is three layers, each using only the ones below it: policy (content: read, validate, model) ← outputs (pure
 * functions from the model to each format) ← http (route table, headers, redirects). A lower layer importing a
 * higher one is an error, not a review comment.
 */
const layerRules = [
  {
    files: ["lib/policy/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...layer("outputs"), ...layer("http"), ...aboveLib], message: "lib/policy is the lowest layer: it renders nothing and knows no route." },
            { group: ["next", "next/*", "react", "react-dom"], message: "lib/policy is plain TypeScript: no framework." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/outputs/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: [...layer("http"), ...aboveLib], message: "lib/outputs uses only lib/policy: routes and headers are lib/http's." }, noFiles] },
      ],
    },
  },
  {
    files: ["lib/http/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: aboveLib, message: "lib/http is below app/ and components/." }, noFiles] }],
    },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  ...layerRules,
  globalIgnores([".next/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "public/assets/**", "lib/generated/**", ".sites/**"]),
]);
