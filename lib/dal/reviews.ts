import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { judgeAnswer, type GivenAnswer } from "@/lib/scoring/scoring";
import { suggestRating } from "@/lib/review/grading";
import {
  cardStateFromJson,
  cardStateToJson,
  newCardState,
  previewDueDates,
  ratingFromNumber,
  ratingNumber,
  scheduleReview,
  type CardState,
  type ReviewRating,
} from "@/lib/review/scheduler";
import { buildFeedback, questionWithKeySelect, type Feedback } from "./question-feedback";
import { NotFoundError, UserError } from "./errors";
import { shuffle } from "./shuffle";
import { requireViewer } from "./viewer";

/**
 * Spaced repetition of missed questions. Every query has the viewer's id in its `where`, so one
 * person's cards and reviews read as not found to anyone else. The answer key of a card leaves
 * this module only after the learner has answered it.
 */

const DAY_MS = 86_400_000;
/** How long after a review the learner may still change its rating. */
const RERATE_WINDOW_MS = 60 * 60_000;
/** Cards per daily session: enough to matter, few enough to finish. */
export const SESSION_SIZE = 20;

/** New review cards, due now, for one learner's missed questions (insert with skipDuplicates: existing cards stay). */
export function missedQuestionCards(userId: string, questionIds: string[], now = new Date()) {
  const card = newCardState(now);
  return [...new Set(questionIds)].map((questionId) => ({ userId, questionId, ...card }));
}

/**
 * Adds missed questions as review cards of `userId`, due now; existing cards (even retired ones) stay as
 * they are. For DAL code that has already checked that the viewer is `userId` and the questions theirs.
 */
export async function addMissedCards(userId: string, questionIds: string[]): Promise<void> {
  await db().reviewCard.createMany({ data: missedQuestionCards(userId, questionIds), skipDuplicates: true });
}

/** A question with its key, topics and article: what reviews and the review page show once answered. */
export const reviewQuestionSelect = {
  ...questionWithKeySelect,
  topics: true,
  article: { select: { id: true, title: true, source: true, url: true, publishedAt: true, text: true } },
} satisfies Prisma.QuestionSelect;

const cardInclude = { question: { select: reviewQuestionSelect } } satisfies Prisma.ReviewCardInclude;
type LoadedCard = Prisma.ReviewCardGetPayload<{ include: typeof cardInclude }>;

const stateOf = (card: LoadedCard): CardState => ({
  due: card.due,
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsedDays,
  scheduledDays: card.scheduledDays,
  learningSteps: card.learningSteps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  lastReview: card.lastReview,
});

export interface ArticleRef {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: Date | null;
}

function articleRef(article: LoadedCard["question"]["article"]): ArticleRef | null {
  return article
    ? {
        id: article.id,
        title: article.title,
        source: article.source,
        url: article.url,
        publishedAt: article.publishedAt,
      }
    : null;
}

/** Facts from articles older than the learner's setting are shown "as of" their date and offered for retirement. */
export function isStale(publishedAt: Date | null, staleDays: number, now = new Date()): boolean {
  return publishedAt !== null && now.getTime() - publishedAt.getTime() > staleDays * DAY_MS;
}

export interface SessionCard {
  cardId: string;
  /** The card's review count when shown: an answer for an older version is a duplicate. */
  version: number;
  question: {
    id: string;
    type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";
    prompt: string;
    choices: { id: string; text: string }[];
  };
  article: ArticleRef | null;
  stale: boolean;
  lapses: number;
  isNew: boolean;
}

export interface ReviewSession {
  dueCount: number;
  reviewedToday: number;
  card: SessionCard | null;
  nextDueAt: Date | null;
  staleDays: number;
}

const activeCards = (userId: string) => ({ userId, suspended: false, retiredAt: null });
const dueNow = (userId: string, now = new Date()) => ({ ...activeCards(userId), due: { lte: now } });

/** The next due card, with a fresh choice order and no answer key, and how many are left. */
export async function getReviewSession(): Promise<ReviewSession> {
  const viewer = await requireViewer();
  const now = new Date();
  const [settings, dueCount, reviewedToday, next, upcoming] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: viewer.id }, select: { reviewStaleDays: true } }),
    db().reviewCard.count({ where: dueNow(viewer.id, now) }),
    db().reviewLog.count({ where: { userId: viewer.id, reviewedAt: { gte: new Date(now.getTime() - DAY_MS) } } }),
    db().reviewCard.findFirst({
      where: dueNow(viewer.id, now),
      orderBy: [{ due: "asc" }, { id: "asc" }],
      include: cardInclude,
    }),
    db().reviewCard.findFirst({
      where: { ...activeCards(viewer.id), due: { gt: now } },
      orderBy: { due: "asc" },
      select: { due: true },
    }),
  ]);
  const card: SessionCard | null = next && {
    cardId: next.id,
    version: next.reps,
    question: {
      id: next.question.id,
      type: next.question.type,
      prompt: next.question.prompt,
      // True/false keeps its order; other choices come in a fresh order each time.
      choices: (next.question.type === "TRUE_FALSE" ? next.question.choices : shuffle(next.question.choices)).map(
        ({ id, text }) => ({ id, text }),
      ),
    },
    article: articleRef(next.question.article),
    stale: isStale(next.question.article?.publishedAt ?? null, settings.reviewStaleDays, now),
    lapses: next.lapses,
    isNew: next.reps === 0,
  };
  return { dueCount, reviewedToday, card, nextDueAt: upcoming?.due ?? null, staleDays: settings.reviewStaleDays };
}

export interface ReviewOutcome {
  logId: string;
  cardId: string;
  feedback: Feedback;
  rating: ReviewRating;
  selfRated: boolean;
  nextDue: Date;
  /** When the card would be due with each rating, for changing the rating. */
  options: { rating: ReviewRating; due: Date }[];
  reviewedAt: Date;
  /** The same answer had already been recorded (double click, second tab). */
  duplicate: boolean;
}

async function loadOwnCard(cardId: string): Promise<LoadedCard> {
  const viewer = await requireViewer();
  const card = await db().reviewCard.findFirst({ where: { id: cardId, userId: viewer.id }, include: cardInclude });
  if (!card) throw new NotFoundError("That review card");
  return card;
}

function outcomeFrom(
  card: LoadedCard,
  log: {
    id: string;
    rating: number;
    selfRated: boolean;
    isCorrect: boolean;
    cardBefore: Prisma.JsonValue;
    due: Date;
    reviewedAt: Date;
  },
  matchedAnswer: string | null,
  duplicate: boolean,
): ReviewOutcome {
  const before = cardStateFromJson(log.cardBefore);
  const preview = previewDueDates(before, log.reviewedAt);
  return {
    logId: log.id,
    cardId: card.id,
    feedback: buildFeedback(card.question, card.question.article?.text, { isCorrect: log.isCorrect, matchedAnswer }),
    rating: ratingFromNumber(log.rating),
    selfRated: log.selfRated,
    nextDue: log.due,
    options: (Object.keys(preview) as ReviewRating[]).map((rating) => ({ rating, due: preview[rating] })),
    reviewedAt: log.reviewedAt,
    duplicate,
  };
}

/**
 * Grades one review from correctness and time, schedules the card and logs the review. The card is
 * updated only if it is still at the version the learner saw, so a double submit schedules once.
 */
export async function answerReviewCard(
  cardId: string,
  version: number,
  given: GivenAnswer,
  elapsedMs: number | null,
): Promise<ReviewOutcome> {
  const card = await loadOwnCard(cardId);
  if (card.reps !== version) {
    const last = await db().reviewLog.findFirst({
      where: { cardId, userId: card.userId },
      orderBy: { reviewedAt: "desc" },
    });
    if (last && card.reps === version + 1) return outcomeFrom(card, last, null, true);
    throw new UserError("This card has changed since it was shown. Open the review session again.");
  }
  if (card.suspended || card.retiredAt)
    throw new UserError("This card is paused or retired, so it is not being reviewed.");
  const now = new Date();
  if (card.due.getTime() > now.getTime())
    throw new UserError("This card is not due yet. It comes back on its own when it is.");
  const { question } = card;
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
  const words = `${question.prompt} ${question.choices.map((choice) => choice.text).join(" ")}`.split(/\s+/).length;
  const rating = suggestRating({ isCorrect: judgement.isCorrect, elapsedMs, words });
  const before = stateOf(card);
  const after = scheduleReview(before, rating, now);
  const log = await db().$transaction(async (tx) => {
    const updated = await tx.reviewCard.updateMany({
      where: { id: card.id, userId: card.userId, reps: version },
      data: after,
    });
    if (updated.count === 0) return null;
    return tx.reviewLog.create({
      data: {
        cardId: card.id,
        userId: card.userId,
        rating: ratingNumber(rating),
        isCorrect: judgement.isCorrect,
        elapsedMs: elapsedMs === null ? null : Math.max(0, Math.round(elapsedMs)),
        cardBefore: cardStateToJson(before),
        due: after.due,
        reviewedAt: now,
      },
    });
  });
  if (!log) return answerReviewCard(cardId, version, given, elapsedMs);
  return outcomeFrom(card, log, judgement.matched ?? null, false);
}

/** The learner's own rating replaces the suggested one: the card goes back to how it was and is scheduled again. */
export async function rerateReview(logId: string, rating: ReviewRating): Promise<ReviewOutcome> {
  const viewer = await requireViewer();
  const log = await db().reviewLog.findFirst({
    where: { id: logId, userId: viewer.id },
    include: { card: { include: cardInclude } },
  });
  if (!log) throw new NotFoundError("That review");
  const before = cardStateFromJson(log.cardBefore);
  if (log.card.reps !== before.reps + 1) throw new UserError("Only the latest review of a card can be re-rated.");
  if (Date.now() - log.reviewedAt.getTime() > RERATE_WINDOW_MS)
    throw new UserError("A rating can be changed for an hour after the review.");
  const after = scheduleReview(before, rating, log.reviewedAt);
  const updated = await db().$transaction(async (tx) => {
    const changed = await tx.reviewCard.updateMany({
      where: { id: log.cardId, userId: viewer.id, reps: log.card.reps },
      data: after,
    });
    if (changed.count === 0) return null;
    return tx.reviewLog.update({
      where: { id: log.id },
      data: { rating: ratingNumber(rating), selfRated: true, due: after.due },
    });
  });
  if (!updated)
    throw new UserError("This card was reviewed again in the meantime; its latest review is the one to re-rate.");
  return outcomeFrom(log.card, updated, null, false);
}

async function updateOwnCard(cardId: string, data: Prisma.ReviewCardUpdateManyMutationInput): Promise<void> {
  const viewer = await requireViewer();
  const updated = await db().reviewCard.updateMany({ where: { id: cardId, userId: viewer.id }, data });
  if (updated.count === 0) throw new NotFoundError("That review card");
}

/** A suspended card keeps its history but is not shown until resumed. */
export async function setCardSuspended(cardId: string, suspended: boolean): Promise<void> {
  await updateOwnCard(cardId, { suspended });
}

/** A retired card (an out-of-date fact, or one the learner knows) is never scheduled again unless restored. */
export async function setCardRetired(cardId: string, retired: boolean): Promise<void> {
  await updateOwnCard(cardId, { retiredAt: retired ? new Date() : null });
}

export interface ReviewSettings {
  staleDays: number;
  reminders: boolean;
}

export async function getReviewSettings(): Promise<ReviewSettings> {
  const viewer = await requireViewer();
  const user = await db().user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { reviewStaleDays: true, reviewReminders: true },
  });
  return { staleDays: user.reviewStaleDays, reminders: user.reviewReminders };
}

export async function updateReviewSettings(settings: ReviewSettings): Promise<void> {
  const viewer = await requireViewer();
  await db().user.update({
    where: { id: viewer.id },
    data: { reviewStaleDays: settings.staleDays, reviewReminders: settings.reminders },
  });
}

/** How many of the viewer's cards are due now (review page header). */
export async function countDueReviews(): Promise<number> {
  const viewer = await requireViewer();
  return db().reviewCard.count({ where: dueNow(viewer.id) });
}

/**
 * For the in-app reminder on every page: due cards, when the viewer wants reminding (read with the viewer,
 * no extra query).
 */
export async function getDueReminder(): Promise<{ due: number } | null> {
  const viewer = await requireViewer();
  if (!viewer.reviewReminders) return null;
  const due = await db().reviewCard.count({ where: dueNow(viewer.id) });
  return due > 0 ? { due } : null;
}
