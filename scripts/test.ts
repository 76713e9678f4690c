/**
 * npm test: unit and integration tests (vitest; integration on the embedded database, and on
 * PostgreSQL too when TEST_DATABASE_URL is set), then end-to-end tests in real Chromium against a
 * production build (Playwright). Ends with one summary line: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./lib/browser";

const e2eOnly = process.argv.includes("--e2e-only");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

mkdirSync(".data", { recursive: true });

if (!e2eOnly) {
  console.log(
    `\n▶ Unit and integration tests (${process.env.TEST_DATABASE_URL ? "embedded database and PostgreSQL" : "embedded database"})\n`,
  );
  const report = ".data/vitest-results.json";
  rmSync(report, { force: true });
  ok = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]) && ok;
  const results = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(report);
  if (results) {
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
    totals.skipped += results.numPendingTests + results.numTodoTests;
  }
}

console.log("\n▶ End-to-end tests (production build, real Chromium)\n");
const browser = ensureChromium();
if (!browser.ok) {
  console.error(`✖ ${browser.message}`);
  ok = false;
} else {
  // A fresh embedded database for every run, so no test depends on what an earlier run left.
  rmSync(".data/e2e", { recursive: true, force: true });
  ok = run("npx", ["playwright", "test"]) && ok;
  const results = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
    ".data/e2e/results.json",
  );
  if (results) {
    totals.passed += results.stats.expected + results.stats.flaky;
    totals.failed += results.stats.unexpected;
    totals.skipped += results.stats.skipped;
  } else {
    totals.failed += 1;
  }
}

if (!ok && totals.failed === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
