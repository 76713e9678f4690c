import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildFeedback, type Feedback } from "./question-feedback";
import { isStale, reviewQuestionSelect, type ArticleRef } from "./reviews";
import { requireViewer } from "./viewer";

/**
 * The review page: the viewer's answered questions with the answer key, explanation and evidence.
 * Only answers whose feedback the learner has already been shown are included: those from finished
 * attempts, and those from quizzes that give feedback straight away.
 */
/** Attempts whose answers the learner has seen the key of: finished, or with feedback after each answer. */
export function feedbackSeen(userId: string): Prisma.AttemptWhereInput {
  return {
    userId,
    OR: [
      { finishedAt: { not: null } },
      { assignmentId: null, set: { feedbackMode: "IMMEDIATE" } },
      { assignment: { feedbackMode: "IMMEDIATE" } },
    ],
  };
}

export interface ReviewFilters {
  show: "missed" | "all";
  articleId?: string;
  topic?: string;
  /** Answered on or after / before the end of these calendar days (YYYY-MM-DD, UTC). */
  from?: string;
  to?: string;
}

export interface ReviewItem {
  questionId: string;
  prompt: string;
  yourAnswer: string | null;
  latestCorrect: boolean;
  timesAnswered: number;
  timesMissed: number;
  lastAnsweredAt: Date;
  feedback: Feedback;
  article: ArticleRef | null;
  stale: boolean;
  topics: string[];
  card: { id: string; due: Date; suspended: boolean; retired: boolean } | null;
}

export interface ReviewHistory {
  items: ReviewItem[];
  /** Filter options from everything the viewer has answered. */
  articles: { id: string; title: string }[];
  topics: string[];
  truncated: boolean;
}

const ANSWER_LIMIT = 500;

export async function getReviewHistory(filters: ReviewFilters): Promise<ReviewHistory> {
  const viewer = await requireViewer();
  const seen: Prisma.AnswerWhereInput = {
    attempt: feedbackSeen(viewer.id),
  };
  const answeredAt: Prisma.DateTimeFilter = {};
  if (filters.from) answeredAt.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) answeredAt.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000);
  const where: Prisma.AnswerWhereInput = {
    ...seen,
    ...(filters.articleId || filters.topic
      ? {
          question: {
            ...(filters.articleId ? { articleId: filters.articleId } : {}),
            ...(filters.topic ? { topics: { has: filters.topic } } : {}),
          },
        }
      : {}),
    ...(filters.from || filters.to ? { answeredAt } : {}),
  };
  const [answers, options, settings] = await Promise.all([
    db().answer.findMany({
      where,
      orderBy: { answeredAt: "desc" },
      take: ANSWER_LIMIT + 1,
      select: {
        isCorrect: true,
        matchedAnswer: true,
        textAnswer: true,
        answeredAt: true,
        choice: { select: { text: true } },
        question: {
          select: {
            ...reviewQuestionSelect,
            reviewCards: {
              where: { userId: viewer.id },
              select: { id: true, due: true, suspended: true, retiredAt: true },
            },
          },
        },
      },
    }),
    db().question.findMany({
      where: { answers: { some: seen } },
      select: { topics: true, article: { select: { id: true, title: true } } },
    }),
    db().user.findUniqueOrThrow({ where: { id: viewer.id }, select: { reviewStaleDays: true } }),
  ]);
  const truncated = answers.length > ANSWER_LIMIT;
  const byQuestion = new Map<string, ReviewItem>();
  // Newest first: the first answer seen for a question is the latest one.
  for (const answer of answers.slice(0, ANSWER_LIMIT)) {
    const question = answer.question;
    const existing = byQuestion.get(question.id);
    if (existing) {
      existing.timesAnswered++;
      if (!answer.isCorrect) existing.timesMissed++;
      continue;
    }
    const card = question.reviewCards[0];
    byQuestion.set(question.id, {
      questionId: question.id,
      prompt: question.prompt,
      yourAnswer: answer.choice?.text ?? answer.textAnswer,
      latestCorrect: answer.isCorrect,
      timesAnswered: 1,
      timesMissed: answer.isCorrect ? 0 : 1,
      lastAnsweredAt: answer.answeredAt,
      feedback: buildFeedback(question, question.article?.text, answer),
      article: question.article && {
        id: question.article.id,
        title: question.article.title,
        source: question.article.source,
        url: question.article.url,
        publishedAt: question.article.publishedAt,
      },
      stale: isStale(question.article?.publishedAt ?? null, settings.reviewStaleDays),
      topics: question.topics,
      card: card ? { id: card.id, due: card.due, suspended: card.suspended, retired: card.retiredAt !== null } : null,
    });
  }
  // "Missed" keeps every question the learner has ever got wrong, even if a later try was right.
  const items = [...byQuestion.values()].filter((item) => filters.show === "all" || item.timesMissed > 0);
  const articles = new Map<string, string>();
  const topics = new Set<string>();
  for (const question of options) {
    if (question.article) articles.set(question.article.id, question.article.title);
    for (const topic of question.topics) topics.add(topic);
  }
  return {
    items,
    articles: [...articles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)),
    topics: [...topics].sort((a, b) => a.localeCompare(b)),
    truncated,
  };
}
