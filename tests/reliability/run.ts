/**
 * npm run test:reliability — faults against the production server (`next start`, the build `npm test`
 * made; built here only when missing or stale):
 *  1. `npm start` on an embedded data folder that cannot be written: a sentence, a non-zero exit.
 *  2. kill -9 of the server while 50 learners answer, then a restart: on the embedded database and,
 *     when TEST_DATABASE_URL is set (as in .ci/run), on PostgreSQL.
 *  3. PostgreSQL cut off for 20 s while the restarted server of 2 serves (the server reaches PostgreSQL
 *     through a proxy of the test's own, see docs/decisions/017-reliability-faults.md).
 * Prints the counts and ends with "N passed, N failed"; exits non-zero on any failure.
 *
 * Env: RELIABILITY_PORTS (server, data-folder start, PostgreSQL proxy; default 3434,3436,3439).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded, createPostgresDatabase } from "../../bench/load/servers";
import { machine } from "../../bench/load/report";
import { crashRun, LEARNERS, seedCrashRun, type CrashFigures } from "./crash";
import { dataFolderRuns } from "./data-folder";
import { OUTAGE_SECONDS, outageRun, type OutageFigures } from "./outage";
import { startProxy } from "./proxy";
import type { LoadPlan } from "../../bench/load/plan";
import { ensureChromium } from "../../scripts/lib/browser";

const [serverPort, startPort, proxyPort] = (process.env.RELIABILITY_PORTS ?? "3434,3436,3439")
  .split(",")
  .map(Number) as [number, number, number];
const postgresBase = process.env.TEST_DATABASE_URL;
const authSecret = randomBytes(32).toString("base64url");
const started = Date.now();
const results: { name: string; problems: string[] }[] = [];

function log(message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

/** A database of its own on TEST_DATABASE_URL's server, named as the integration tests name theirs. */
async function postgresDatabase() {
  const url = new URL(postgresBase!);
  const prefix = url.pathname.slice(1) && url.pathname !== "/postgres" ? url.pathname.slice(1) : "quizwire_test";
  url.pathname = `/${prefix}_reliability_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
  return createPostgresDatabase(url.toString());
}

function reportCrash(figures: CrashFigures): void {
  const ok = figures.problems.length === 0 && figures.acknowledged === figures.foundAfterRestart;
  console.log(
    `  ${ok ? "✔" : "✖"} kill -9 on ${figures.database}: ` +
      `${figures.acknowledged} answers acknowledged before the kill, ` +
      `${figures.foundAfterRestart} of them found after the restart (stored twice: ${figures.storedTwice}); ` +
      `${figures.unanswered} sent again after it; ${figures.finishedAttempts}/${LEARNERS} attempts finished, ` +
      `${figures.scoresAddingUp} scores adding up, ${figures.corruptAttempts} corrupt`,
  );
  const problems = [...figures.problems];
  if (figures.acknowledged !== figures.foundAfterRestart)
    problems.unshift(`${figures.acknowledged} acknowledged, ${figures.foundAfterRestart} found`);
  results.push({ name: `kill -9 on ${figures.database}`, problems });
}

async function step(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    results.push({ name, problems: [error instanceof Error ? error.message : String(error)] });
    console.log(`  ✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function reportOutage(figures: OutageFigures): void {
  console.log(
    `  ${figures.problems.length ? "✖" : "✔"} PostgreSQL cut off for ${OUTAGE_SECONDS} s: ` +
      `${figures.plainTryAgain}/${figures.pagesDuringOutage + figures.actionsDuringOutage} pages (in Chromium) ` +
      `and answer actions said "try again", no stack trace; afterwards, without a restart: pages ` +
      `${figures.recovered ? "back" : "NOT back"}, the answer ${figures.answerStoredAfter ? "taken" : "NOT taken"}`,
  );
  results.push({ name: "PostgreSQL outage", problems: figures.problems });
}

/** kill -9 on PostgreSQL, the server reaching it through a proxy; then, on the restarted server, the outage. */
async function postgresRuns(url: string, plan: Promise<LoadPlan>): Promise<void> {
  const target = new URL(url);
  const proxy = await startProxy(proxyPort, { host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxyPort);
  try {
    let outage: OutageFigures | undefined;
    await step("kill -9 on PostgreSQL", async () => {
      const figures = await crashRun({
        database: "PostgreSQL",
        plan: await plan,
        databaseEnv: { DATABASE_URL: url },
        serverEnv: { DATABASE_URL: viaProxy.toString() },
        port: serverPort,
        authSecret,
        log,
        whileRestarted: async (server) => {
          outage = await outageRun({ plan: await plan, server, proxy, authSecret, log }).catch((error: unknown) => ({
            pagesDuringOutage: 0,
            actionsDuringOutage: 0,
            plainTryAgain: 0,
            recovered: false,
            answerStoredAfter: false,
            problems: [error instanceof Error ? error.message : String(error)],
          }));
        },
      });
      reportCrash(figures);
    });
    if (outage) reportOutage(outage);
    else results.push({ name: "PostgreSQL outage", problems: ["not run: the kill -9 run did not get that far"] });
  } finally {
    await proxy.close();
  }
}

async function main(): Promise<void> {
  console.log(`Reliability: ${machine()}`);
  await buildIfNeeded();
  const browser = ensureChromium();
  if (!browser.ok) throw new Error(browser.message);

  // Both databases are seeded at once, while the data-folder starts run.
  const dir = await mkdtemp(path.join(os.tmpdir(), "quizwire-reliability-"));
  const postgres = postgresBase ? await postgresDatabase() : undefined;
  try {
    const embeddedEnv = { DATABASE_URL: "" as const, PGLITE_DIR: path.join(dir, "pglite") };
    log(`seeding ${LEARNERS} learners on the embedded database${postgres ? " and on PostgreSQL" : ""}`);
    const embeddedPlan = seedCrashRun("embedded-pglite", embeddedEnv);
    const postgresPlan = postgres ? seedCrashRun("postgresql", { DATABASE_URL: postgres.url }) : undefined;
    for (const plan of [embeddedPlan, postgresPlan]) plan?.catch(() => undefined);

    await step("data folder at start", async () => {
      log("npm start on a data folder that cannot be written");
      for (const result of await dataFolderRuns(startPort)) {
        console.log(
          `  ${result.problems.length ? "✖" : "✔"} ${result.name}: exit ${result.exitCode}, "${result.output}"`,
        );
        results.push({ name: result.name, problems: result.problems });
      }
    });
    await step("kill -9 on the embedded database", async () => {
      const plan = await embeddedPlan;
      reportCrash(
        await crashRun({
          database: "embedded PGlite",
          plan,
          databaseEnv: embeddedEnv,
          port: serverPort,
          authSecret,
          log,
        }),
      );
    });
    if (postgres && postgresPlan) await postgresRuns(postgres.url, postgresPlan);
    else console.log("  PostgreSQL runs not made: set TEST_DATABASE_URL (as .ci/run does) to run them.");
  } finally {
    await rm(dir, { recursive: true, force: true });
    await postgres?.drop();
  }

  const failed = results.filter((result) => result.problems.length > 0);
  for (const result of failed) {
    console.log(`\n✖ ${result.name}:`);
    for (const problem of result.problems.slice(0, 10)) console.log(`    ${problem}`);
    if (result.problems.length > 10) console.log(`    … and ${result.problems.length - 10} more`);
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed (${minutes} min)`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
