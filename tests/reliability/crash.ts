import { openPgliteConnection, openPostgresConnection } from "../../lib/db/sql-connection";
import { seedDatabase, startServer, type DatabaseEnv, type RunningServer } from "../../bench/load/servers";
import { quizActionIds, requestsFor, sessionCookie, type RequestFactory } from "../../bench/load/requests";
import type { LoadPlan } from "../../bench/load/plan";
import { accepted, send } from "./http";

/**
 * kill -9 of the production server while `LEARNERS` learners answer their quiz at once through the real
 * answerQuestion server action; the server is killed when half of all answers have been acknowledged.
 * Then `next start` again on the same database, each learner sends again what got no reply and
 * finishes, and the database is read: every acknowledged answer stored exactly once, as given.
 */
export const LEARNERS = 50;

export interface CrashFigures {
  database: string;
  acknowledged: number;
  foundAfterRestart: number;
  /** Answers sent but not acknowledged when the server died (stored or not: the learner sends them again). */
  unanswered: number;
  storedTwice: number;
  corruptAttempts: number;
  finishedAttempts: number;
  scoresAddingUp: number;
  problems: string[];
}

interface Acknowledged {
  attemptId: string;
  questionId: string;
  choiceId: string | null;
  text: string | null;
}

/** Each learner answers in order until the server stops answering; returns the first unacknowledged position. */
async function answerUntilDown(
  requests: RequestFactory,
  plan: LoadPlan,
  acknowledged: Acknowledged[],
  killAt: number,
  kill: () => void,
): Promise<Map<string, number>> {
  const resumeAt = new Map<string, number>();
  await Promise.all(
    plan.answerAttempts.map(async ([attemptId, learner]) => {
      let position = 0;
      for (; position < plan.questions.length; position++) {
        const step = requests.answer(attemptId, learner, position);
        const reply = await send(step);
        if (!accepted(step, reply)) break;
        const input = (JSON.parse(step.body!) as [unknown, { choiceId?: string; text?: string }])[1];
        acknowledged.push({
          attemptId,
          questionId: plan.questions[position]!.id,
          choiceId: input.choiceId ?? null,
          text: input.text ?? null,
        });
        if (acknowledged.length === killAt) kill();
      }
      resumeAt.set(attemptId, position);
    }),
  );
  return resumeAt;
}

async function openDatabase(databaseEnv: DatabaseEnv) {
  return "PGLITE_DIR" in databaseEnv
    ? openPgliteConnection(databaseEnv.PGLITE_DIR)
    : openPostgresConnection(databaseEnv.DATABASE_URL);
}

interface AnswerRow {
  attemptId: string;
  questionId: string;
  choiceId: string | null;
  textAnswer: string | null;
  points: number;
}

interface AttemptRow {
  id: string;
  finished: boolean;
  score: number | null;
  maxScore: number | null;
}

async function readBack(databaseEnv: DatabaseEnv, plan: LoadPlan) {
  const connection = await openDatabase(databaseEnv);
  try {
    const ids = plan.answerAttempts.map(([id]) => id);
    const answers = await connection.query<AnswerRow>(
      `SELECT "attemptId", "questionId", "choiceId", "textAnswer", "points" FROM "Answer" WHERE "attemptId" = ANY($1)`,
      [ids],
    );
    const attempts = await connection.query<AttemptRow>(
      `SELECT "id", "finishedAt" IS NOT NULL AS "finished", "score", "maxScore" FROM "Attempt" WHERE "id" = ANY($1)`,
      [ids],
    );
    return { answers, attempts };
  } finally {
    await connection.close();
  }
}

function check(plan: LoadPlan, acknowledged: Acknowledged[], rows: Awaited<ReturnType<typeof readBack>>) {
  const problems: string[] = [];
  const byKey = new Map<string, AnswerRow[]>();
  for (const row of rows.answers) {
    const key = `${row.attemptId}/${row.questionId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const storedTwice = [...byKey.values()].filter((list) => list.length > 1).length;
  let found = 0;
  for (const answer of acknowledged) {
    const stored = byKey.get(`${answer.attemptId}/${answer.questionId}`) ?? [];
    const same = stored.filter((row) => row.choiceId === answer.choiceId && row.textAnswer === answer.text);
    if (same.length === 1 && stored.length === 1) found++;
    else problems.push(`acknowledged answer ${answer.attemptId}/${answer.questionId} stored ${same.length} time(s)`);
  }
  const questionIds = new Set(plan.questions.map((question) => question.id));
  let corrupt = 0;
  let scoresAddingUp = 0;
  for (const attempt of rows.attempts) {
    const answers = rows.answers.filter((row) => row.attemptId === attempt.id);
    const complete =
      answers.length === questionIds.size &&
      answers.every((row) => questionIds.has(row.questionId)) &&
      new Set(answers.map((row) => row.questionId)).size === answers.length;
    if (!complete || !attempt.finished || attempt.maxScore === null) {
      corrupt++;
      problems.push(`attempt ${attempt.id}: ${answers.length} answers, finished ${attempt.finished}`);
      continue;
    }
    const sum = answers.reduce((total, row) => total + Number(row.points), 0);
    if (Math.abs(sum - Number(attempt.score)) < 1e-9) scoresAddingUp++;
    else problems.push(`attempt ${attempt.id}: score ${attempt.score}, its answers add up to ${sum}`);
  }
  return {
    foundAfterRestart: found,
    storedTwice,
    corruptAttempts: corrupt,
    finishedAttempts: rows.attempts.filter((attempt) => attempt.finished).length,
    scoresAddingUp,
    problems,
  };
}

/** The learners and their open attempts, in a child process (several seeds may run at once). */
export function seedCrashRun(name: string, databaseEnv: DatabaseEnv): Promise<LoadPlan> {
  process.env.BENCH_LEARNERS = String(LEARNERS);
  process.env.BENCH_ATTEMPTS_PER_LEARNER = "1";
  return seedDatabase(databaseEnv, `reliability-${name}`);
}

export async function crashRun(options: {
  database: string;
  plan: LoadPlan;
  /** Where the check reads the database; the server gets `serverEnv` when given (a proxy in between). */
  databaseEnv: DatabaseEnv;
  serverEnv?: DatabaseEnv;
  port: number;
  authSecret: string;
  log: (message: string) => void;
  /** Runs on the restarted server once the learners have finished, before it stops. */
  whileRestarted?: (server: RunningServer) => Promise<void>;
}): Promise<CrashFigures> {
  const { database, plan, databaseEnv, port, authSecret, log } = options;
  const serverEnv = options.serverEnv ?? databaseEnv;
  const slug = database.toLowerCase().replaceAll(" ", "-");
  const actions = await quizActionIds();
  const cookies = await Promise.all(plan.learners.map((learner) => sessionCookie(learner, authSecret)));
  const server = await startServer({ name: `reliability-${slug}-1`, port, databaseEnv: serverEnv, authSecret });
  const requests = requestsFor({ origin: server.origin, plan, cookies, actions });
  const acknowledged: Acknowledged[] = [];
  const total = plan.answerAttempts.length * plan.questions.length;
  log(`${database}: ${LEARNERS} learners answering ${total} questions; kill -9 after ${Math.floor(total / 2)} answers`);
  let killed: Promise<void> | undefined;
  const resumeAt = await answerUntilDown(requests, plan, acknowledged, Math.floor(total / 2), () => {
    killed = server.kill();
  });
  const problems: string[] = killed ? [] : ["the server was not killed: fewer than half the answers went through"];
  await (killed ?? server.kill());
  const acknowledgedCount = acknowledged.length;
  const unanswered = total - acknowledgedCount;

  log(`${database}: restarting next start on the same database`);
  const restarted = await startServer({ name: `reliability-${slug}-2`, port, databaseEnv: serverEnv, authSecret });
  try {
    const again = requestsFor({ origin: restarted.origin, plan, cookies, actions });
    await Promise.all(
      plan.answerAttempts.map(async ([attemptId, learner]) => {
        for (let position = resumeAt.get(attemptId) ?? 0; position < plan.questions.length; position++) {
          const step = again.answer(attemptId, learner, position);
          if (!accepted(step, await send(step))) problems.push(`after the restart, an answer to ${attemptId} failed`);
        }
        const finish = again.finish(attemptId);
        if (!accepted(finish, await send(finish))) problems.push(`after the restart, finishing ${attemptId} failed`);
      }),
    );
    await options.whileRestarted?.(restarted);
  } finally {
    await restarted.stop();
  }
  const figures = check(plan, acknowledged, await readBack(databaseEnv, plan));
  return {
    database,
    acknowledged: acknowledgedCount,
    unanswered,
    ...figures,
    problems: [...problems, ...figures.problems],
  };
}
