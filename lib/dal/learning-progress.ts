import "server-only";
import { db } from "@/lib/db";
import {
  currentStreak,
  dayKey,
  reviewsPerDay,
  topicMastery,
  type DayStats,
  type TopicMastery,
} from "@/lib/review/progress";
import { feedbackSeen } from "./review-history";
import { requireViewer } from "./viewer";

export interface LearningProgress {
  streak: number;
  activeToday: boolean;
  days: DayStats[];
  /** Share of reviews recalled over the last 30 days, 0–100; null before the first review. */
  retention: number | null;
  reviewsTotal: number;
  cards: { due: number; dueThisWeek: number; learning: number; suspended: number; retired: number; total: number };
  topics: TopicMastery[];
}

const DAY_MS = 86_400_000;

/** Streak (days in `timeZone`), reviews per day, retention, card counts and topic mastery for the viewer alone. */
export async function getLearningProgress(timeZone: string): Promise<LearningProgress> {
  const viewer = await requireViewer();
  const now = new Date();
  const yearAgo = new Date(now.getTime() - 366 * DAY_MS);
  const [logs, answers, cards] = await Promise.all([
    db().reviewLog.findMany({
      where: { userId: viewer.id, reviewedAt: { gte: yearAgo } },
      select: { reviewedAt: true, isCorrect: true, card: { select: { question: { select: { topics: true } } } } },
    }),
    db().answer.findMany({
      where: { attempt: feedbackSeen(viewer.id), answeredAt: { gte: yearAgo } },
      select: { answeredAt: true, isCorrect: true, question: { select: { topics: true } } },
    }),
    db().reviewCard.findMany({
      where: { userId: viewer.id },
      select: { due: true, state: true, suspended: true, retiredAt: true },
    }),
  ]);
  const activeDays = new Set([
    ...logs.map((log) => dayKey(log.reviewedAt, timeZone)),
    ...answers.map((answer) => dayKey(answer.answeredAt, timeZone)),
  ]);
  const today = dayKey(now, timeZone);
  const days = reviewsPerDay(logs, now, timeZone, 30);
  const reviewed = days.reduce((sum, day) => sum + day.reviews, 0);
  const recalled = days.reduce((sum, day) => sum + day.recalled, 0);
  const active = cards.filter((card) => !card.suspended && !card.retiredAt);
  const weekAhead = now.getTime() + 7 * DAY_MS;
  return {
    streak: currentStreak(activeDays, today),
    activeToday: activeDays.has(today),
    days,
    retention: reviewed ? Math.round((recalled / reviewed) * 100) : null,
    reviewsTotal: logs.length,
    cards: {
      due: active.filter((card) => card.due <= now).length,
      dueThisWeek: active.filter((card) => card.due.getTime() <= weekAhead).length,
      // ts-fsrs states 1 (learning) and 3 (relearning): cards still in short steps.
      learning: active.filter((card) => card.state === 1 || card.state === 3).length,
      suspended: cards.filter((card) => card.suspended).length,
      retired: cards.filter((card) => card.retiredAt).length,
      total: cards.length,
    },
    topics: topicMastery([
      ...answers.map((answer) => ({ topics: answer.question.topics, isCorrect: answer.isCorrect })),
      ...logs.map((log) => ({ topics: log.card.question.topics, isCorrect: log.isCorrect })),
    ]),
  };
}
