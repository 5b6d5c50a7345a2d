import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // A few tests start processes (tsx, the built server); a busy 2-core machine can take seconds for that.
    testTimeout: 30_000,
  },
});
