/**
 * Run by bench/load.ts in a child process, with DATABASE_URL or PGLITE_DIR set for the database under
 * test: migrates it, adds the demo data, then the benchmark's learners and their attempts at the demo
 * quiz, and writes the plan (ids and keys) as JSON to the file given as the only argument.
 *
 * Rows are written with Prisma directly, as prisma/seed.ts does: the app's own paths (sign-in,
 * starting a quiz) are what the benchmark measures, not how its data got there.
 */
import { randomInt } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { closeDatabase, db } from "../../lib/db";
import { judgeAnswer, maxPoints, pointsFor } from "../../lib/scoring/scoring";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_QUIZ_TITLE, seedDemoData } from "../../prisma/seed";
import { migrateConfiguredDatabase, openConfiguredDatabase } from "../../scripts/lib/database";
import { answerFor, type LoadPlan, type PlanQuestion } from "./plan";

const [planFile] = process.argv.slice(2);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 300);
const ATTEMPTS_PER_LEARNER = Number(process.env.BENCH_ATTEMPTS_PER_LEARNER ?? 20);
const BATCH = 1000;

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

async function main(): Promise<void> {
  if (!planFile) throw new Error("Usage: tsx bench/load/seed.ts <plan.json>");
  const connection = await openConfiguredDatabase();
  await migrateConfiguredDatabase(connection);
  await connection.close();
  const prisma = db();
  await seedDemoData(prisma);

  const set = await prisma.questionSet.findFirstOrThrow({
    where: { title: DEMO_QUIZ_TITLE },
    select: {
      id: true,
      speedBonus: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          acceptedAnswers: true,
          choices: { select: { id: true, isCorrect: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  const questions: PlanQuestion[] = set.questions;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const learners = Array.from({ length: LEARNERS }, (_, index) => ({
    id: `bench-learner-${index}`,
    email: `bench-${index}@quizwire.test`,
    name: `Bench Learner ${index}`,
  }));
  await inBatches(learners, (batch) =>
    prisma.user.createMany({ data: batch.map((learner) => ({ ...learner, passwordHash, role: "STUDENT" })) }),
  );
  const demo = await prisma.user.findUniqueOrThrow({
    where: { email: DEMO_ACCOUNTS.find((account) => account.role === "STUDENT")!.email },
    select: { id: true, email: true, name: true },
  });

  const choiceOrder = () =>
    Object.fromEntries(questions.map((question) => [question.id, shuffled(question.choices.map((c) => c.id))]));
  const attempt = (id: string, userId: string) => ({ id, userId, setId: set.id, choiceOrder: choiceOrder() });

  const answerAttempts: [string, number][] = [];
  for (let round = 0; round < ATTEMPTS_PER_LEARNER; round++)
    learners.forEach((_, learner) => answerAttempts.push([`bench-answer-${round}-${learner}`, learner]));
  const playAttempts = learners.map((_, learner) => `bench-play-${learner}`);
  const resultAttempts = learners.map((_, learner) => `bench-result-${learner}`);
  // A quiz taken the day before too, so every learner's home shows the scores-over-time chart.
  const earlierAttempts = learners.map((_, learner) => `bench-earlier-${learner}`);
  const finished = [...resultAttempts, ...earlierAttempts];
  await inBatches(
    [
      ...answerAttempts.map(([id, learner]) => attempt(id, learners[learner]!.id)),
      ...[...playAttempts, ...finished].map((id, index) => attempt(id, learners[index % learners.length]!.id)),
    ],
    (batch) => prisma.attempt.createMany({ data: batch }),
  );

  // Stored answers as the app would store them: half the questions for the play page, all for results.
  const answers = (attemptId: string, learner: number, count: number) =>
    questions.slice(0, count).map((question, position) => {
      const given = answerFor(question, learner, position);
      const judgement = judgeAnswer(
        {
          type: question.type,
          correctChoiceId: question.choices.find((choice) => choice.isCorrect)?.id,
          acceptedAnswers: question.acceptedAnswers,
        },
        given,
      );
      return {
        attemptId,
        questionId: question.id,
        choiceId: "choiceId" in given ? given.choiceId : null,
        textAnswer: "text" in given ? given.text : null,
        isCorrect: judgement.isCorrect,
        matchedAnswer: judgement.matched ?? null,
        points: pointsFor(judgement, { speedBonus: set.speedBonus }),
      };
    });
  const playAnswers = playAttempts.flatMap((id, learner) => answers(id, learner, Math.floor(questions.length / 2)));
  const finishedAnswers = finished.map((id, index) => answers(id, index % learners.length, questions.length));
  await inBatches([...playAnswers, ...finishedAnswers.flat()], (batch) => prisma.answer.createMany({ data: batch }));
  // Finished with their scores, one update per distinct score and day.
  const groups = new Map<string, string[]>();
  finished.forEach((id, index) => {
    const key = `${index < resultAttempts.length ? 0 : 1}:${finishedAnswers[index]!.reduce((sum, a) => sum + a.points, 0)}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  });
  for (const [key, ids] of groups) {
    const [daysAgo, score] = key.split(":").map(Number);
    const finishedAt = new Date(Date.now() - daysAgo! * 86_400_000);
    await prisma.attempt.updateMany({
      where: { id: { in: ids } },
      data: {
        startedAt: new Date(finishedAt.getTime() - 5 * 60_000),
        finishedAt,
        score,
        maxScore: maxPoints(questions.length, set.speedBonus),
      },
    });
  }

  const plan: LoadPlan = {
    setId: set.id,
    questions,
    learners,
    demoStudent: demo,
    answerAttempts,
    playAttempts,
    resultAttempts,
  };
  await writeFile(planFile, JSON.stringify(plan));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
