/**
 * npm run -s audit:deps
 * Runs `npm audit --omit=dev` (the packages the app ships) and reports the advisories by severity.
 * Exit 1 when any is high or critical. When the registry has no advisory service (an offline mirror
 * answers 405), it says so plainly and exits 0: nothing was checked, and the report says that, rather
 * than failing every CI run on a machine that cannot ask.
 */
import { spawnSync } from "node:child_process";

type AuditReport = {
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  statusCode?: number;
  error?: { summary?: string };
};

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.log(`npm audit gave no report (${run.error?.message ?? `exit ${run.status}`}): dependencies not checked.`);
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? report.error?.summary ?? "no advisory data";
  console.log(`npm audit could not reach the advisory service (${reason}): dependencies not checked in this run.`);
  process.exit(0);
}

const severities = ["critical", "high", "moderate", "low", "info"] as const;
console.log(`npm audit --omit=dev: ${severities.map((level) => `${counts[level] ?? 0} ${level}`).join(", ")}.`);
const serious = (counts.critical ?? 0) + (counts.high ?? 0);
if (serious > 0) {
  console.log(`${serious} high or critical advisories: run \`npm audit --omit=dev\` for the packages and fixes.`);
  process.exit(1);
}
