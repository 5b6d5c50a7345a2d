import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // .sites/ holds copies of the project (scripts/fixture-site.ts), tests never run from there.
    exclude: [...configDefaults.exclude, ".sites/**"],
    environment: "node",
    // A few tests start processes (tsx, the built server); a busy 2-core machine can take seconds for that.
    testTimeout: 30_000,
  },
});
