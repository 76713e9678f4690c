import "server-only";
import { db } from "@/lib/db";
import { maxPoints, percentileFromCounts } from "@/lib/scoring/scoring";
import { loadOwnAttempt, toPlayerView, type ChoiceOrder, type PlayerView } from "./player-view";
import { NotFoundError, UserError } from "./errors";
import { requireViewer } from "./viewer";
import { shuffle } from "./shuffle";
import { addMissedCards } from "./reviews";

export type { Feedback } from "./question-feedback";
export type { PlayerQuestion, PlayerView } from "./player-view";
export { submitAnswer } from "./answers";

/**
 * Taking a quiz. Every function loads the attempt with `userId` in the `where`, so another person's
 * attempt reads as not found. Answer keys leave this module only once the learner may see them:
 * after answering (immediate feedback) or after finishing (feedback at the end).
 */
interface AttemptRules {
  setId: string;
  assignmentId: string | null;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
}

/**
 * The viewer's open attempt for this quiz (or assignment), so a reload resumes; else a new one with
 * its own choice order, if the attempts allowed are not used up. Callers check access first.
 */
export async function openOrCreateAttempt(rules: AttemptRules): Promise<string> {
  const viewer = await requireViewer();
  const scope = { setId: rules.setId, userId: viewer.id, assignmentId: rules.assignmentId };
  const open = await db().attempt.findFirst({
    where: { ...scope, finishedAt: null, OR: [{ deadline: null }, { deadline: { gt: new Date() } }] },
    select: { id: true },
    orderBy: { startedAt: "desc" },
  });
  if (open) return open.id;
  if (rules.maxAttempts !== null) {
    const used = await db().attempt.count({ where: { ...scope, finishedAt: { not: null } } });
    if (used >= rules.maxAttempts) {
      throw new UserError(
        `You have used all ${rules.maxAttempts} ${rules.maxAttempts === 1 ? "attempt" : "attempts"} this quiz ` +
          "allows. Your results are on your home page.",
      );
    }
  }
  const questions = await db().question.findMany({
    where: { setId: rules.setId },
    select: { id: true, choices: { select: { id: true } } },
  });
  const choiceOrder: ChoiceOrder = Object.fromEntries(
    questions.map((question) => [question.id, shuffle(question.choices.map((choice) => choice.id))]),
  );
  const attempt = await db().attempt.create({
    data: {
      ...scope,
      choiceOrder,
      deadline: rules.timeLimitSeconds ? new Date(Date.now() + rules.timeLimitSeconds * 1000) : null,
    },
    select: { id: true },
  });
  return attempt.id;
}

/** Starts (or resumes) an attempt at a published quiz, with the set's own settings. */
export async function startAttempt(setId: string): Promise<string> {
  await requireViewer();
  const set = await db().questionSet.findFirst({
    where: { id: setId, status: "PUBLISHED" },
    select: { id: true, timeLimitSeconds: true, maxAttempts: true },
  });
  if (!set) throw new NotFoundError("That quiz");
  return openOrCreateAttempt({
    setId,
    assignmentId: null,
    timeLimitSeconds: set.timeLimitSeconds,
    maxAttempts: set.maxAttempts,
  });
}

export async function getPlayerView(attemptId: string): Promise<PlayerView> {
  const viewer = await requireViewer();
  return toPlayerView(await loadOwnAttempt(viewer.id, attemptId));
}

/** Finishes the attempt and stores its score. Finishing twice is harmless. */
export async function finishAttempt(attemptId: string): Promise<void> {
  const viewer = await requireViewer();
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: {
      finishedAt: true,
      answers: { select: { questionId: true, isCorrect: true, points: true } },
      assignment: { select: { speedBonus: true } },
      set: { select: { speedBonus: true, _count: { select: { questions: true } } } },
    },
  });
  if (!attempt) throw new NotFoundError("That attempt");
  if (attempt.finishedAt) return;
  const speedBonus = attempt.assignment?.speedBonus ?? attempt.set.speedBonus;
  const score = attempt.answers.reduce((sum, answer) => sum + answer.points, 0);
  await db().attempt.updateMany({
    where: { id: attemptId, userId: viewer.id, finishedAt: null },
    data: { finishedAt: new Date(), score, maxScore: maxPoints(attempt.set._count.questions, speedBonus) },
  });
  const missed = attempt.answers.filter((answer) => !answer.isCorrect).map((answer) => answer.questionId);
  if (missed.length > 0) await addMissedCards(viewer.id, missed);
}

export interface ResultsView extends PlayerView {
  score: number;
  maxScore: number;
  correct: number;
  durationSeconds: number;
  percentile: number;
  finishedAttempts: number;
  leaderboard: { name: string; score: number; isYou: boolean }[];
}

export async function getResults(attemptId: string): Promise<ResultsView> {
  const viewer = await requireViewer();
  const attempt = await loadOwnAttempt(viewer.id, attemptId);
  if (!attempt.finishedAt) throw new UserError("Finish the quiz to see your results.");
  // Counts and the top ten, so a quiz with thousands of attempts is not read in full.
  const score = attempt.score ?? 0;
  const finishedOfSet = { setId: attempt.setId, finishedAt: { not: null } };
  const [[counts], top] = await Promise.all([
    db().$queryRaw<{ below: number; ties: number; total: number }[]>`
      SELECT count(*) FILTER (WHERE "score" < ${score})::int AS "below",
             count(*) FILTER (WHERE "score" = ${score})::int AS "ties",
             count(*)::int AS "total"
        FROM "Attempt" WHERE "setId" = ${attempt.setId} AND "finishedAt" IS NOT NULL`,
    db().attempt.findMany({
      where: finishedOfSet,
      select: { id: true, score: true, user: { select: { name: true, leaderboardOptIn: true } } },
      orderBy: [{ score: "desc" }, { finishedAt: "asc" }],
      take: 10,
    }),
  ]);
  return {
    ...(await toPlayerView(attempt)),
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore ?? attempt.set.questions.length,
    correct: attempt.answers.filter((answer) => answer.isCorrect).length,
    durationSeconds: Math.round((attempt.finishedAt.getTime() - attempt.startedAt.getTime()) / 1000),
    percentile: percentileFromCounts(counts!.below, counts!.ties, counts!.total),
    finishedAttempts: counts!.total,
    leaderboard: top.map((other) => ({
      name: other.user.leaderboardOptIn || other.id === attempt.id ? other.user.name : "A learner",
      score: other.score ?? 0,
      isYou: other.id === attempt.id,
    })),
  };
}
