import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // The real package throws outside a React Server Components build.
    "server-only": path.join(root, "tests/support/empty.ts"),
  },
};

export default defineConfig({
  resolve,
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        // Each integration file gets a database of its own (see the setup file).
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], setupFiles: ["tests/support/database.ts"] },
      },
    ],
  },
});
