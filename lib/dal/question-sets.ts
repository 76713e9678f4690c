import "server-only";
import { db } from "@/lib/db";
import { requireTeacher, requireViewer } from "./viewer";

export interface QuizCard {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  article: { title: string; source: string | null; publishedAt: Date | null } | null;
  publishedAt: Date | null;
}

const cardSelect = {
  id: true,
  title: true,
  description: true,
  publishedAt: true,
  status: true,
  updatedAt: true,
  article: { select: { title: true, source: true, publishedAt: true } },
  _count: { select: { questions: true } },
} as const;

/** Published quizzes any signed-in learner may take, newest first. */
export async function listPublishedQuizzes(): Promise<QuizCard[]> {
  await requireViewer();
  const sets = await db().questionSet.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    take: 50,
    select: cardSelect,
  });
  return sets.map(({ _count, ...set }) => ({ ...set, questionCount: _count.questions }));
}

export interface OwnSetRow extends QuizCard {
  status: "DRAFT" | "PUBLISHED";
  updatedAt: Date;
  /** Its article is older than the age asked for: facts may be out of date. */
  stale: boolean;
}

const DAY_MS = 86_400_000;

/** The signed-in teacher's own question sets, most recently changed first. */
export async function listOwnSets({ staleAfterDays = 30 }: { staleAfterDays?: number } = {}): Promise<OwnSetRow[]> {
  const teacher = await requireTeacher();
  const sets = await db().questionSet.findMany({
    where: { ownerId: teacher.id },
    orderBy: { updatedAt: "desc" },
    select: cardSelect,
  });
  const cutoff = Date.now() - staleAfterDays * DAY_MS;
  return sets.map(({ _count, ...set }) => ({
    ...set,
    questionCount: _count.questions,
    stale: (set.article?.publishedAt?.getTime() ?? Infinity) < cutoff,
  }));
}

export interface PublishedQuiz extends QuizCard {
  feedbackMode: "IMMEDIATE" | "END";
  timeLimitSeconds: number | null;
}

/** A published quiz's cover details (no questions), or null. */
export async function getPublishedQuiz(setId: string): Promise<PublishedQuiz | null> {
  await requireViewer();
  const set = await db().questionSet.findFirst({
    where: { id: setId, status: "PUBLISHED" },
    select: { ...cardSelect, feedbackMode: true, timeLimitSeconds: true },
  });
  if (!set) return null;
  const { _count, ...rest } = set;
  return { ...rest, questionCount: _count.questions };
}
