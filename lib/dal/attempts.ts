import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { judgeAnswer, maxPoints, percentileFromCounts, pointsFor, type GivenAnswer } from "@/lib/scoring/scoring";
import { buildFeedback, pendingQuestion, questionWithKeySelect, type Feedback } from "./question-feedback";
import { NotFoundError, UserError } from "./errors";
import { requireViewer } from "./viewer";
import { shuffle } from "./shuffle";
import { addMissedToReview } from "./reviews";

export type { Feedback } from "./question-feedback";

/**
 * Taking a quiz. Every function loads the attempt with `userId` in the `where`, so another person's
 * attempt reads as not found. Answer keys leave this module only once the learner may see them:
 * after answering (immediate feedback) or after finishing (feedback at the end).
 */
type ChoiceOrder = Record<string, string[]>;

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

export interface PlayerQuestion {
  id: string;
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";
  prompt: string;
  choices: { id: string; text: string }[];
  answer: { choiceId: string | null; text: string | null } | null;
  /** Only present when this question's feedback may be shown. */
  feedback: Feedback | null;
}

export interface PlayerView {
  attemptId: string;
  setId: string;
  /** Set for class assignments: retakes go through the assignment, not the public quiz. */
  assignmentId: string | null;
  title: string;
  feedbackMode: "IMMEDIATE" | "END";
  layout: "ONE_PER_SCREEN" | "ALL_ON_ONE_PAGE";
  deadline: Date | null;
  /** The time limit has passed (answers are refused). */
  expired: boolean;
  finished: boolean;
  article: { title: string; source: string | null; url: string | null; publishedAt: Date | null } | null;
  questions: PlayerQuestion[];
}

const attemptInclude = {
  answers: true,
  // An assignment's settings override the set's.
  assignment: { select: { feedbackMode: true, speedBonus: true } },
  set: {
    select: {
      id: true,
      title: true,
      feedbackMode: true,
      layout: true,
      speedBonus: true,
      articleId: true,
      article: { select: { title: true, source: true, url: true, publishedAt: true, text: true } },
      questions: {
        orderBy: { position: "asc" },
        select: questionWithKeySelect,
      },
    },
  },
} satisfies Prisma.AttemptInclude;

type LoadedAttempt = Prisma.AttemptGetPayload<{ include: typeof attemptInclude }>;

const feedbackModeOf = (attempt: LoadedAttempt) => attempt.assignment?.feedbackMode ?? attempt.set.feedbackMode;
const speedBonusOf = (attempt: LoadedAttempt) => attempt.assignment?.speedBonus ?? attempt.set.speedBonus;

async function loadOwnAttempt(attemptId: string): Promise<LoadedAttempt> {
  const viewer = await requireViewer();
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    include: attemptInclude,
  });
  if (!attempt) throw new NotFoundError("That attempt");
  return attempt;
}

function feedbackFor(
  attempt: LoadedAttempt,
  question: LoadedAttempt["set"]["questions"][number],
  answered: Set<string>,
): Feedback | null {
  const answer = attempt.answers.find((candidate) => candidate.questionId === question.id) ?? null;
  // Unanswered questions get their key only once the attempt is over.
  if (!answer && !attempt.finishedAt) return null;
  const articleText = question.article?.text ?? attempt.set.article?.text;
  if (attempt.finishedAt) return buildFeedback(question, articleText, answer);
  // Mid-attempt, the quote must not answer the questions still to come on the same article.
  const articleOf = (other: typeof question) => other.articleId ?? attempt.set.articleId;
  const pending = attempt.set.questions
    .filter((other) => other.id !== question.id && !answered.has(other.id) && articleOf(other) === articleOf(question))
    .map(pendingQuestion);
  return buildFeedback(question, articleText, answer, {
    pending,
    onPage: [attempt.set.title, attempt.set.article?.title ?? ""].join("\n"),
  });
}

function toPlayerView(attempt: LoadedAttempt): PlayerView {
  const order = attempt.choiceOrder as ChoiceOrder;
  const reveal = attempt.finishedAt !== null || feedbackModeOf(attempt) === "IMMEDIATE";
  const answered = new Set(attempt.answers.map((given) => given.questionId));
  const article = attempt.set.article;
  return {
    attemptId: attempt.id,
    setId: attempt.set.id,
    assignmentId: attempt.assignmentId,
    title: attempt.set.title,
    feedbackMode: feedbackModeOf(attempt),
    layout: attempt.set.layout,
    deadline: attempt.deadline,
    expired: attempt.deadline !== null && attempt.deadline.getTime() <= Date.now(),
    finished: attempt.finishedAt !== null,
    // The article's text stays on the server; the player only needs where it came from.
    article: article
      ? { title: article.title, source: article.source, url: article.url, publishedAt: article.publishedAt }
      : null,
    questions: attempt.set.questions.map((question) => {
      const answer = attempt.answers.find((candidate) => candidate.questionId === question.id);
      const byId = new Map(question.choices.map((choice) => [choice.id, choice]));
      const ordered = (order[question.id] ?? question.choices.map((choice) => choice.id))
        .map((id) => byId.get(id))
        .filter((choice) => choice !== undefined);
      return {
        id: question.id,
        type: question.type,
        prompt: question.prompt,
        choices: ordered.map((choice) => ({ id: choice.id, text: choice.text })),
        answer: answer ? { choiceId: answer.choiceId, text: answer.textAnswer } : null,
        feedback: reveal ? feedbackFor(attempt, question, answered) : null,
      };
    }),
  };
}

export async function getPlayerView(attemptId: string): Promise<PlayerView> {
  return toPlayerView(await loadOwnAttempt(attemptId));
}

function assertOpen(attempt: LoadedAttempt): void {
  if (attempt.finishedAt)
    throw new UserError(
      "This attempt is already finished, so it takes no more answers. Start a new attempt to try again.",
    );
  if (attempt.deadline && attempt.deadline.getTime() <= Date.now())
    throw new UserError("Time is up for this attempt, so it takes no more answers. Finish it to see your results.");
}

/**
 * Stores one answer per attempt and question. A second submission (double click, retry, another
 * tab) changes nothing and gets the first answer's result back.
 */
export async function submitAnswer(
  attemptId: string,
  questionId: string,
  given: GivenAnswer,
  elapsedMs?: number,
): Promise<{ view: PlayerQuestion; duplicate: boolean }> {
  const attempt = await loadOwnAttempt(attemptId);
  assertOpen(attempt);
  const question = attempt.set.questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new NotFoundError("That question");
  if ("choiceId" in given && !question.choices.some((choice) => choice.id === given.choiceId))
    throw new UserError("Choose one of the answers shown.");
  if ("text" in given && question.type !== "FILL_IN") throw new UserError("Choose one of the answers shown.");
  if ("choiceId" in given && question.type === "FILL_IN") throw new UserError("Type your answer in the box.");

  const judgement = judgeAnswer(
    {
      type: question.type,
      correctChoiceId: question.choices.find((choice) => choice.isCorrect)?.id,
      acceptedAnswers: question.acceptedAnswers,
    },
    given,
  );
  const inserted = await db().answer.createMany({
    data: [
      {
        attemptId,
        questionId,
        choiceId: "choiceId" in given ? given.choiceId : null,
        textAnswer: "text" in given ? given.text.slice(0, 500) : null,
        isCorrect: judgement.isCorrect,
        matchedAnswer: judgement.matched ?? null,
        points: pointsFor(judgement, { speedBonus: speedBonusOf(attempt), elapsedMs }),
        elapsedMs: elapsedMs === undefined ? null : Math.max(0, Math.round(elapsedMs)),
      },
    ],
    skipDuplicates: true,
  });
  // A miss the learner has seen the answer to becomes a review card (at the end, for end-of-quiz feedback).
  if (inserted.count > 0 && !judgement.isCorrect && feedbackModeOf(attempt) === "IMMEDIATE")
    await addMissedToReview([questionId]);
  // Only the answers changed (this one, or the first of a race): re-read those, not the whole attempt.
  const answers = await db().answer.findMany({ where: { attemptId } });
  const view = toPlayerView({ ...attempt, answers }).questions.find((candidate) => candidate.id === questionId)!;
  return { view, duplicate: inserted.count === 0 };
}

/** Finishes the attempt and stores its score. Finishing twice is harmless. */
export async function finishAttempt(attemptId: string): Promise<void> {
  const attempt = await loadOwnAttempt(attemptId);
  if (attempt.finishedAt) return;
  const score = attempt.answers.reduce((sum, answer) => sum + answer.points, 0);
  await db().attempt.updateMany({
    where: { id: attempt.id, userId: attempt.userId, finishedAt: null },
    data: { finishedAt: new Date(), score, maxScore: maxPoints(attempt.set.questions.length, speedBonusOf(attempt)) },
  });
  const missed = attempt.answers.filter((answer) => !answer.isCorrect).map((answer) => answer.questionId);
  if (missed.length > 0) await addMissedToReview(missed);
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
  const attempt = await loadOwnAttempt(attemptId);
  if (!attempt.finishedAt) throw new UserError("Finish the quiz to see your results.");
  // Counts and the top ten, so a quiz with thousands of attempts is not read in full.
  const score = attempt.score ?? 0;
  const finishedOfSet = { setId: attempt.setId, finishedAt: { not: null } };
  const [below, ties, total, top] = await Promise.all([
    db().attempt.count({ where: { ...finishedOfSet, score: { lt: score } } }),
    db().attempt.count({ where: { ...finishedOfSet, score } }),
    db().attempt.count({ where: finishedOfSet }),
    db().attempt.findMany({
      where: finishedOfSet,
      select: { id: true, score: true, user: { select: { name: true, leaderboardOptIn: true } } },
      orderBy: [{ score: "desc" }, { finishedAt: "asc" }],
      take: 10,
    }),
  ]);
  return {
    ...toPlayerView(attempt),
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore ?? attempt.set.questions.length,
    correct: attempt.answers.filter((answer) => answer.isCorrect).length,
    durationSeconds: Math.round((attempt.finishedAt.getTime() - attempt.startedAt.getTime()) / 1000),
    percentile: percentileFromCounts(below, ties, total),
    finishedAttempts: total,
    leaderboard: top.map((other) => ({
      name: other.user.leaderboardOptIn || other.id === attempt.id ? other.user.name : "A learner",
      score: other.score ?? 0,
      isYou: other.id === attempt.id,
    })),
  };
}
