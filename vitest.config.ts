import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// `server-only` throws outside React Server Components; tests import the DAL directly.
const resolve = { tsconfigPaths: true, alias: { "server-only": path.resolve("tests/setup/server-only.ts") } };

const integration = (name: string, database: "pglite" | "postgres"): TestProjectInlineConfiguration => ({
  resolve,
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/integration-global.ts"],
    setupFiles: ["tests/setup/integration-file.ts"],
    env: { QUIZWIRE_TEST_DATABASE: database, NODE_ENV: "test" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"] } },
      // Every integration file gets its own fresh database: embedded always, PostgreSQL too when configured.
      integration("integration", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-postgres", "postgres")] : []),
    ],
  },
});
