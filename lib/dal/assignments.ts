import "server-only";
import { db } from "@/lib/db";
import { analyseItems, scoreDistribution, type ItemStats } from "@/lib/scoring/item-analysis";
import { openOrCreateAttempt } from "./attempts";
import { NotFoundError, UserError } from "./errors";
import { requireTeacher, requireViewer } from "./viewer";

/**
 * Assignments: a set given to a class with its own window and settings. Teachers reach them through
 * classes they own; students through their membership of the class.
 */
export interface AssignmentInput {
  classId: string;
  setId: string;
  opensAt: Date;
  dueAt: Date;
  maxAttempts: number | null;
  feedbackMode: "IMMEDIATE" | "END";
  timeLimitSeconds: number | null;
  speedBonus: boolean;
}

export async function createAssignment(input: AssignmentInput): Promise<string> {
  const teacher = await requireTeacher();
  const [ownClass, ownSet] = await Promise.all([
    db().classroom.findFirst({
      where: { id: input.classId, ownerId: teacher.id },
      select: { id: true, archivedAt: true },
    }),
    db().questionSet.findFirst({
      where: { id: input.setId, ownerId: teacher.id },
      select: { id: true, _count: { select: { questions: true } } },
    }),
  ]);
  if (!ownClass) throw new NotFoundError("That class");
  if (!ownSet) throw new NotFoundError("That question set");
  if (ownClass.archivedAt) throw new UserError("This class is archived. Restore it before assigning work.");
  if (ownSet._count.questions === 0)
    throw new UserError("This set has no questions yet. Add some before assigning it.", "setId");
  const created = await db().assignment.create({ data: input, select: { id: true } });
  return created.id;
}

export type AssignmentStatus = "upcoming" | "open" | "in-progress" | "done" | "closed";

export interface StudentAssignment {
  id: string;
  title: string;
  className: string;
  opensAt: Date;
  dueAt: Date;
  questionCount: number;
  status: AssignmentStatus;
  bestPercent: number | null;
  lastAttemptId: string | null;
  attemptsLeft: number | null;
}

/** The viewer's assignments from classes they belong to, soonest due first. */
export async function listMyAssignments(): Promise<StudentAssignment[]> {
  const viewer = await requireViewer();
  const assignments = await db().assignment.findMany({
    where: { class: { archivedAt: null, members: { some: { userId: viewer.id } } } },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      maxAttempts: true,
      class: { select: { name: true } },
      set: { select: { title: true, _count: { select: { questions: true } } } },
      attempts: {
        where: { userId: viewer.id },
        select: { id: true, finishedAt: true, score: true, maxScore: true },
        orderBy: { startedAt: "asc" },
      },
    },
  });
  const now = Date.now();
  return assignments.map((assignment) => {
    const finished = assignment.attempts.filter((attempt) => attempt.finishedAt);
    const open = assignment.attempts.find((attempt) => !attempt.finishedAt);
    const percents = finished.map((attempt) =>
      attempt.maxScore ? Math.round(((attempt.score ?? 0) / attempt.maxScore) * 100) : 0,
    );
    let status: AssignmentStatus = "open";
    if (assignment.opensAt.getTime() > now) status = "upcoming";
    else if (assignment.dueAt.getTime() <= now) status = "closed";
    else if (open) status = "in-progress";
    else if (finished.length > 0) status = "done";
    return {
      id: assignment.id,
      title: assignment.set.title,
      className: assignment.class.name,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      questionCount: assignment.set._count.questions,
      status,
      bestPercent: percents.length ? Math.max(...percents) : null,
      lastAttemptId: finished.at(-1)?.id ?? null,
      attemptsLeft: assignment.maxAttempts === null ? null : Math.max(0, assignment.maxAttempts - finished.length),
    };
  });
}

/** Starts or resumes the viewer's attempt at an assignment of a class they belong to, inside its window. */
export async function startAssignmentAttempt(assignmentId: string): Promise<string> {
  const viewer = await requireViewer();
  const assignment = await db().assignment.findFirst({
    where: { id: assignmentId, class: { archivedAt: null, members: { some: { userId: viewer.id } } } },
    select: { id: true, setId: true, opensAt: true, dueAt: true, maxAttempts: true, timeLimitSeconds: true },
  });
  if (!assignment) throw new NotFoundError("That assignment");
  const now = Date.now();
  const date = (value: Date) =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "UTC",
    }).format(value) + " UTC";
  if (assignment.opensAt.getTime() > now) throw new UserError(`This assignment opens on ${date(assignment.opensAt)}.`);
  if (assignment.dueAt.getTime() <= now)
    throw new UserError(`This assignment closed on ${date(assignment.dueAt)}. Ask your teacher if you need more time.`);
  return openOrCreateAttempt({
    setId: assignment.setId,
    assignmentId: assignment.id,
    timeLimitSeconds: assignment.timeLimitSeconds,
    maxAttempts: assignment.maxAttempts,
  });
}

export interface StudentResult {
  userId: string;
  name: string;
  email: string;
  attempts: number;
  bestPercent: number | null;
  latestPercent: number | null;
  correct: number | null;
  finishedAt: Date | null;
  durationSeconds: number | null;
}

export interface AssignmentResults {
  id: string;
  title: string;
  setId: string;
  className: string;
  classId: string;
  opensAt: Date;
  dueAt: Date;
  questionCount: number;
  rosterSize: number;
  completed: number;
  averagePercent: number | null;
  distribution: { band: string; students: number }[];
  students: StudentResult[];
  items: ItemStats[];
}

const percentOf = (score: number | null, max: number | null) => (max ? Math.round(((score ?? 0) / max) * 100) : 0);

/**
 * Results of one assignment for the teacher who owns its class: completion, each student's scores,
 * the score distribution and item analysis over each student's latest finished attempt.
 */
export async function getAssignmentResults(assignmentId: string): Promise<AssignmentResults> {
  const teacher = await requireTeacher();
  const assignment = await db().assignment.findFirst({
    where: { id: assignmentId, class: { ownerId: teacher.id } },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      class: {
        select: {
          id: true,
          name: true,
          members: { select: { user: { select: { id: true, name: true, email: true } } } },
        },
      },
      set: {
        select: {
          id: true,
          title: true,
          questions: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              prompt: true,
              choices: { orderBy: { position: "asc" }, select: { id: true, text: true, isCorrect: true } },
            },
          },
        },
      },
      attempts: {
        where: { finishedAt: { not: null } },
        orderBy: { finishedAt: "asc" },
        select: {
          userId: true,
          startedAt: true,
          finishedAt: true,
          score: true,
          maxScore: true,
          answers: { select: { questionId: true, choiceId: true, isCorrect: true } },
        },
      },
    },
  });
  if (!assignment) throw new NotFoundError("That assignment");
  const byStudent = new Map<string, typeof assignment.attempts>();
  for (const attempt of assignment.attempts)
    byStudent.set(attempt.userId, [...(byStudent.get(attempt.userId) ?? []), attempt]);
  // Students removed from the class keep their results, listed after the roster.
  const people = new Map(assignment.class.members.map(({ user }) => [user.id, user]));
  const missing = [...byStudent.keys()].filter((id) => !people.has(id));
  if (missing.length) {
    for (const user of await db().user.findMany({
      where: { id: { in: missing } },
      select: { id: true, name: true, email: true },
    }))
      people.set(user.id, user);
  }
  const students: StudentResult[] = [...people.values()]
    .map((person) => {
      const attempts = byStudent.get(person.id) ?? [];
      const latest = attempts.at(-1);
      return {
        userId: person.id,
        name: person.name,
        email: person.email,
        attempts: attempts.length,
        bestPercent: attempts.length
          ? Math.max(...attempts.map((attempt) => percentOf(attempt.score, attempt.maxScore)))
          : null,
        latestPercent: latest ? percentOf(latest.score, latest.maxScore) : null,
        correct: latest ? latest.answers.filter((answer) => answer.isCorrect).length : null,
        finishedAt: latest?.finishedAt ?? null,
        durationSeconds: latest?.finishedAt
          ? Math.round((latest.finishedAt.getTime() - latest.startedAt.getTime()) / 1000)
          : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const latestAttempts = [...byStudent.values()].map((attempts) => attempts.at(-1)!);
  const latestPercents = latestAttempts.map((attempt) => percentOf(attempt.score, attempt.maxScore));
  return {
    id: assignment.id,
    title: assignment.set.title,
    setId: assignment.set.id,
    className: assignment.class.name,
    classId: assignment.class.id,
    opensAt: assignment.opensAt,
    dueAt: assignment.dueAt,
    questionCount: assignment.set.questions.length,
    rosterSize: assignment.class.members.length,
    completed: byStudent.size,
    averagePercent: latestPercents.length
      ? Math.round(latestPercents.reduce((sum, value) => sum + value, 0) / latestPercents.length)
      : null,
    distribution: scoreDistribution(latestPercents),
    students,
    items: analyseItems(
      assignment.set.questions,
      latestAttempts.map((attempt) => ({
        answers: new Map(
          attempt.answers.map((answer) => [
            answer.questionId,
            { choiceId: answer.choiceId, isCorrect: answer.isCorrect },
          ]),
        ),
      })),
    ),
  };
}
