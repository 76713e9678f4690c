import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Without the background-networking flags Chromium keeps dialling Google on a closed network.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** PLAYWRIGHT_CHROMIUM_PATH, else Debian's Chromium, else Playwright's own download (a normal laptop). */
export function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  // Whole journeys on two shared cores, with a production server and two browsers busy at once:
  // the default 30 s per test is too tight. Timings belong in bench/, not here.
  timeout: 90_000,
  retries: 0,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: ".data/e2e/results.json" }]]
    : [["list"], ["json", { outputFile: ".data/e2e/results.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // The production server (build if needed, migrate, seed) on its own port and its own fresh database.
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${PORT}/api/health`,
    // The first run builds the app: about two minutes on two idle cores, far longer on a busy machine.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // ALLOW_LOOPBACK_FETCH lets the URL-import test fetch a page the test serves on this machine.
    env: {
      PORT: String(PORT),
      PGLITE_DIR: ".data/e2e/pglite",
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      ALLOW_LOOPBACK_FETCH: "1",
    },
  },
});
