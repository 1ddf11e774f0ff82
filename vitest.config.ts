import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    pool: "threads",
    maxWorkers: 2,
    testTimeout: 30_000,
    // Integration tests seal with keys encrypted under it (npm test passes a fresh one).
    env: { SIGNING_KEK: process.env.SIGNING_KEK || "dml0ZXN0LW9ubHktc2lnbmluZy1rZXktMzJieXRlcyE" },
    hookTimeout: 60_000,
  },
});
