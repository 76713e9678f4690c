/**
 * npm run bench:load — a classroom rush against the production server, on PostgreSQL (a database of
 * its own, dropped afterwards) and on the embedded database. Virtual learners answer their own quiz
 * through the real answerQuestion server action at 1, 8 and 64 at once, each question once, then
 * finish; in the same run a bare route does the same session check and one-row insert (the baseline).
 * Then the play and results pages against /api/health, two instances on one PostgreSQL, and the
 * first-load JavaScript per route in Chromium. Prints the tables and appends them to bench/RESULTS.md.
 *
 * Env: BENCH_PORTS (three free ports, default 3301,3302,3303), BENCH_DATABASE_URL (name prefix of the
 * database to create, default postgresql://postgres@127.0.0.1:5432/quizwire_bench), BENCH_SECONDS per
 * figure (default 6), BENCH_CONCURRENCY (default 1,8,64), BENCH_LEARNERS (default 300).
 */
import { randomBytes } from "node:crypto";
import { appendFile } from "node:fs/promises";
import { buildIfNeeded, createPostgresDatabase, freshPgliteDir, seedDatabase, startServer } from "./load/servers";
import type { DatabaseEnv, RunningServer } from "./load/servers";
import { quizActionIds, requestsFor, sessionCookie } from "./load/requests";
import type { LoadPlan } from "./load/plan";
import {
  AttemptQueue,
  answerFigures,
  answerRows,
  pageFigures,
  pageRows,
  warmUp,
  type AnswerFigures,
  type PageFigures,
  type RunSettings,
} from "./load/runs";
import { loadTable, machine, ratio } from "./load/report";
import { checkScaleOut, scaleOutSummary } from "./load/scale-out";
import { measureJavaScript } from "./load/javascript";

const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback)
    .split(",")
    .map((item) => Number(item.trim()))
    .filter((item) => Number.isInteger(item) && item > 0);

const ports = list(process.env.BENCH_PORTS, "3301,3302,3303");
const settings: RunSettings = {
  seconds: Number(process.env.BENCH_SECONDS ?? 6),
  concurrency: list(process.env.BENCH_CONCURRENCY, "1,8,64"),
  pageConcurrency: list(process.env.BENCH_CONCURRENCY, "1,8,64").filter((concurrency) => concurrency >= 8),
};
const postgresBase = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/quizwire_bench";
const authSecret = randomBytes(32).toString("base64url");
const started = Date.now();
const sections: string[] = [];
let questionsPerQuiz = 0;

function log(message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

async function cookiesFor(plan: LoadPlan): Promise<string[]> {
  return Promise.all(plan.learners.map((learner) => sessionCookie(learner, authSecret)));
}

async function singleServerRun(name: string, databaseEnv: DatabaseEnv, plan: LoadPlan, queue: AttemptQueue) {
  const actions = await quizActionIds();
  const cookies = await cookiesFor(plan);
  const server = await startServer({ name, port: ports[0]!, databaseEnv, authSecret });
  try {
    const requests = requestsFor({ origin: server.origin, plan, cookies, actions });
    const context = { queue, plan, factories: [requests] };
    log(`${name}: warming up`);
    await warmUp(context);
    log(`${name}: answers, action and baseline, at ${settings.concurrency.join(", ")} concurrent learners`);
    const answers = await answerFigures(settings, context);
    log(`${name}: play and results pages against /api/health`);
    const pages = await pageFigures(settings, plan, requests);
    return { answers, pages, server };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

function singleServerSection(title: string, single: { answers: AnswerFigures[]; pages: PageFigures[] }): string {
  const verdict = single.answers
    .map(
      ({ concurrency, action, baseline }) =>
        `c=${concurrency}: ${(100 * (action.reqPerSecond / baseline.reqPerSecond)).toFixed(0)}% of the baseline, p99 ${action.p99.toFixed(0)} ms`,
    )
    .join("; ");
  return [
    `### ${title}`,
    "",
    loadTable([...answerRows(single.answers), ...pageRows(single.pages)]),
    "",
    `Answer action against the baseline: ${verdict}.`,
  ].join("\n");
}

async function postgresRun(): Promise<void> {
  let database;
  try {
    database = await createPostgresDatabase(postgresBase);
  } catch (error) {
    log(`PostgreSQL at ${postgresBase} is not reachable (${(error as Error).message}); skipping its runs.`);
    sections.push(`### PostgreSQL\n\nSkipped: no PostgreSQL server at ${new URL(postgresBase).host}.`);
    return;
  }
  const databaseEnv: DatabaseEnv = { DATABASE_URL: database.url };
  let server: RunningServer | undefined;
  const extra: RunningServer[] = [];
  try {
    log(`PostgreSQL: seeding ${new URL(database.url).pathname.slice(1)}`);
    const plan = await seedDatabase(databaseEnv, "postgres");
    questionsPerQuiz = plan.questions.length;
    const queue = new AttemptQueue(plan.answerAttempts);
    const single = await singleServerRun("postgres", databaseEnv, plan, queue);
    server = single.server;
    sections.push(singleServerSection("PostgreSQL, one instance", single));

    log("JavaScript per route (Chromium, fresh profile each)");
    const javascript = await measureJavaScript(server.origin, plan, authSecret);
    await server.stop();
    server = undefined;

    log("PostgreSQL: two instances");
    const pair = [
      await startServer({ name: "postgres-a", port: ports[1]!, databaseEnv, authSecret }),
      await startServer({ name: "postgres-b", port: ports[2]!, databaseEnv, authSecret }),
    ] as const;
    extra.push(...pair);
    const actions = await quizActionIds();
    const cookies = await cookiesFor(plan);
    const factories = pair.map((instance) => requestsFor({ origin: instance.origin, plan, cookies, actions })) as [
      ReturnType<typeof requestsFor>,
      ReturnType<typeof requestsFor>,
    ];
    await warmUp({ queue, plan, factories });
    const mark = queue.position;
    const concurrency = settings.concurrency.filter((value) => value >= 8);
    const pairAnswers = await answerFigures(settings, { queue, plan, factories }, concurrency);
    const answered = queue.since(mark);
    const accepted = pairAnswers.reduce(
      (sum, figure) =>
        sum + figure.action.requests - figure.action.errors + figure.baseline.requests - figure.baseline.errors,
      0,
    );
    const fresh = Array.from({ length: 20 }, () => queue.take()).filter((item) => item !== undefined);
    const checks = await checkScaleOut({
      origins: [pair[0].origin, pair[1].origin],
      factories,
      plan,
      databaseUrl: database.url,
      answeredAttempts: answered,
      answersAccepted: accepted,
      freshAttempts: fresh,
    });
    const singleAt = (value: number) => single.answers.find((figure) => figure.concurrency === value);
    sections.push(
      [
        "### PostgreSQL, two instances (learners alternate between them)",
        "",
        loadTable(
          pairAnswers.flatMap((figure) => {
            const one = singleAt(figure.concurrency);
            return answerRows([figure]).map((row) =>
              row.stats.label === "answerQuestion" && one
                ? { ...row, versus: `${row.versus}; ${ratio(figure.action, one.action, "one instance")}` }
                : row,
            );
          }),
        ),
        "",
        scaleOutSummary(checks),
      ].join("\n"),
    );
    sections.push(javascript);
  } finally {
    await server?.stop();
    for (const instance of extra) await instance.stop();
    await database.drop();
  }
}

async function pgliteRun(): Promise<void> {
  const { dir, remove } = await freshPgliteDir();
  const databaseEnv: DatabaseEnv = { DATABASE_URL: "", PGLITE_DIR: dir };
  try {
    log("Embedded PGlite: seeding");
    const plan = await seedDatabase(databaseEnv, "pglite");
    questionsPerQuiz = plan.questions.length;
    const single = await singleServerRun("pglite", databaseEnv, plan, new AttemptQueue(plan.answerAttempts));
    await single.server.stop();
    sections.push(singleServerSection("Embedded PGlite, one instance", single));
  } finally {
    await remove();
  }
}

async function main(): Promise<void> {
  await buildIfNeeded();
  await postgresRun();
  await pgliteRun();
  const report = [
    `\n## Load: a classroom rush — ${new Date().toISOString().slice(0, 10)}`,
    `Machine: ${machine()}. ${process.env.BENCH_NOTE ?? ""}`.trim(),
    "",
    `Production build (\`next start\`), load from the same machine (undici, keep-alive, one connection per virtual learner). ` +
      `Each virtual learner answers its own attempt at the demo quiz (${questionsPerQuiz} questions, immediate feedback, three answers in four right) ` +
      `once, in order; learners who answered everything then finish. The baseline route does the same session check and the same ` +
      `one-row insert and nothing else. Each figure is ${settings.seconds} s, run as two halves on either side of the figure it is ` +
      `compared with (ABBA). Whole run: ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
  console.log(report);
  await appendFile("bench/RESULTS.md", report);
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
