import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "./viewer";

export interface InProgress {
  attemptId: string;
  title: string;
  answered: number;
  total: number;
  deadline: Date | null;
}

export interface Taken {
  setId: string;
  title: string;
  attempts: number;
  bestPercent: number;
  lastPercent: number;
  lastAttemptId: string;
  lastFinishedAt: Date;
}

export interface ScorePoint {
  finishedAt: Date;
  percent: number;
  title: string;
}

export interface LearnerProgress {
  inProgress: InProgress[];
  taken: Taken[];
  history: ScorePoint[];
}

const percentOf = (score: number | null, max: number | null) => (max ? Math.round(((score ?? 0) / max) * 100) : 0);

/** The viewer's own quiz activity: open attempts, quizzes taken with best and last score, and scores over time. */
export async function getLearnerProgress(): Promise<LearnerProgress> {
  const viewer = await requireViewer();
  const attempts = await db().attempt.findMany({
    where: { userId: viewer.id },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      finishedAt: true,
      deadline: true,
      score: true,
      maxScore: true,
      setId: true,
      set: { select: { title: true, _count: { select: { questions: true } } } },
      _count: { select: { answers: true } },
    },
  });
  const now = Date.now();
  const inProgress = attempts
    .filter((attempt) => !attempt.finishedAt && (!attempt.deadline || attempt.deadline.getTime() > now))
    .map((attempt) => ({
      attemptId: attempt.id,
      title: attempt.set.title,
      answered: attempt._count.answers,
      total: attempt.set._count.questions,
      deadline: attempt.deadline,
    }));
  const finished = attempts.filter((attempt) => attempt.finishedAt);
  const bySet = new Map<string, Taken>();
  for (const attempt of finished) {
    const percent = percentOf(attempt.score, attempt.maxScore);
    const existing = bySet.get(attempt.setId);
    bySet.set(attempt.setId, {
      setId: attempt.setId,
      title: attempt.set.title,
      attempts: (existing?.attempts ?? 0) + 1,
      bestPercent: Math.max(existing?.bestPercent ?? 0, percent),
      lastPercent: percent,
      lastAttemptId: attempt.id,
      lastFinishedAt: attempt.finishedAt!,
    });
  }
  return {
    inProgress,
    taken: [...bySet.values()].sort((a, b) => b.lastFinishedAt.getTime() - a.lastFinishedAt.getTime()),
    history: finished.map((attempt) => ({
      finishedAt: attempt.finishedAt!,
      percent: percentOf(attempt.score, attempt.maxScore),
      title: attempt.set.title,
    })),
  };
}
