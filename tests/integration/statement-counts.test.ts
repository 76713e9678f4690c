import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, reopenDatabase } from "@/lib/db";
import { checkCredentials, createAccount } from "@/lib/dal/accounts";
import { createAssignment, listMyAssignments, startAssignmentAttempt } from "@/lib/dal/assignments";
import { finishAttempt, getPlayerView, getResults, startAttempt, submitAnswer } from "@/lib/dal/attempts";
import { createClass, getOwnClass, joinClassByCode } from "@/lib/dal/classes";
import { getLearningProgress } from "@/lib/dal/learning-progress";
import { setLeaderboardOptIn } from "@/lib/dal/preferences";
import { getLearnerProgress } from "@/lib/dal/progress";
import { getPublishedQuiz, listPublishedQuizzes } from "@/lib/dal/question-sets";
import { getReviewHistory } from "@/lib/dal/review-history";
import {
  answerReviewCard,
  countDueReviews,
  getDueReminder,
  getReviewSession,
  getReviewSettings,
  rerateReview,
  setCardRetired,
  setCardSuspended,
  updateReviewSettings,
} from "@/lib/dal/reviews";
import { getViewer } from "@/lib/dal/viewer";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_QUIZ_TITLE, seedDemoData } from "../../prisma/seed";
import { signInAs } from "../setup/session";

/**
 * The SQL statements each server action and page a learner uses sends, counted from Prisma's query
 * events on the real test database. Every step runs against a quiz of 3 questions and one of 12: a
 * count that grows with the questions is an N+1, and fails here.
 */
const statements: string[] = [];

async function countStatements(work: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await work();
  return statements.length;
}

type Person = { id: string; name: string; email: string; role: "STUDENT" | "TEACHER" | "ADMIN" };
let teacher: Person;

/** A published quiz of `size` questions on the demo article, each resting on one of its sentences. */
async function makeQuiz(size: number, feedbackMode: "IMMEDIATE" | "END") {
  const demo = await db().questionSet.findFirstOrThrow({
    where: { title: DEMO_QUIZ_TITLE },
    include: { questions: { include: { choices: true }, orderBy: { position: "asc" } } },
  });
  const set = await db().questionSet.create({
    data: {
      title: `${size} questions, ${feedbackMode}`,
      status: "PUBLISHED",
      publishedAt: new Date(),
      feedbackMode,
      ownerId: teacher.id,
      articleId: demo.articleId,
      questions: {
        create: Array.from({ length: size }, (_, position) => {
          const source = demo.questions[position % demo.questions.length]!;
          return {
            position,
            type: source.type,
            prompt: `${source.prompt} (${position + 1})`,
            explanation: source.explanation,
            acceptedAnswers: source.acceptedAnswers,
            articleId: source.articleId,
            evidenceStart: source.evidenceStart,
            evidenceEnd: source.evidenceEnd,
            evidenceText: source.evidenceText,
            topics: source.topics,
            choices: {
              create: source.choices.map(({ position: at, text, isCorrect }) => ({ position: at, text, isCorrect })),
            },
          };
        }),
      },
    },
    include: { questions: { include: { choices: true }, orderBy: { position: "asc" } } },
  });
  return set;
}

type Quiz = Awaited<ReturnType<typeof makeQuiz>>;
const rightAnswer = (question: Quiz["questions"][number]) =>
  question.type === "FILL_IN"
    ? { text: question.acceptedAnswers[0]! }
    : { choiceId: question.choices.find((choice) => choice.isCorrect)!.id };
const wrongAnswer = (question: Quiz["questions"][number]) =>
  question.type === "FILL_IN"
    ? { text: "not it" }
    : { choiceId: question.choices.find((choice) => !choice.isCorrect)!.id };

/** Every action and page of a learner's journey through a quiz of `size` questions, with its statement count. */
async function learnerJourney(size: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    counts[name] = await countStatements(work);
  };
  signInAs(teacher);
  const quiz = await makeQuiz(size, "IMMEDIATE");
  const endQuiz = await makeQuiz(size, "END");
  const classId = await createClass(`Class for ${size}`);
  const { joinCode } = await getOwnClass(classId);
  const hour = 3_600_000;
  const assignmentId = await createAssignment({
    classId,
    setId: endQuiz.id,
    opensAt: new Date(Date.now() - hour),
    dueAt: new Date(Date.now() + hour),
    maxAttempts: null,
    feedbackMode: "END",
    timeLimitSeconds: null,
    speedBonus: true,
  });

  const email = `learner-${randomUUID().slice(0, 8)}@example.test`;
  await step("action: sign up", () =>
    createAccount({ name: "Statement Counter", email, password: DEMO_PASSWORD, role: "STUDENT" }),
  );
  await step("action: sign in", () => checkCredentials(email, DEMO_PASSWORD, "192.0.2.1"));
  const learner = await db().user.findUniqueOrThrow({ where: { email } });
  signInAs(learner);

  await step("page: header (every page)", () => Promise.all([getViewer(), getDueReminder()]));
  await step("page: home", () => Promise.all([listPublishedQuizzes(), getLearnerProgress(), listMyAssignments()]));
  await step("page: quiz start", () => getPublishedQuiz(quiz.id));
  let attemptId = "";
  await step("action: start quiz", async () => (attemptId = await startAttempt(quiz.id)));
  await step("page: play, nothing answered", () => getPlayerView(attemptId));
  const [first, second, ...rest] = quiz.questions;
  await step("action: answer (right)", () => submitAnswer(attemptId, first!.id, rightAnswer(first!), 4000));
  await step("action: answer (missed)", () => submitAnswer(attemptId, second!.id, wrongAnswer(second!), 4000));
  await step("action: answer again (duplicate)", () => submitAnswer(attemptId, second!.id, wrongAnswer(second!)));
  await step("page: play, partly answered", () => getPlayerView(attemptId));
  for (const question of rest) await submitAnswer(attemptId, question.id, wrongAnswer(question));
  await step("action: finish quiz", () => finishAttempt(attemptId));
  await step("page: results", () => getResults(attemptId));

  await step("action: join class", () => joinClassByCode(joinCode));
  let assignedAttempt = "";
  await step("action: start assignment", async () => (assignedAttempt = await startAssignmentAttempt(assignmentId)));
  for (const [index, question] of endQuiz.questions.entries()) {
    const answer = () => submitAnswer(assignedAttempt, question.id, wrongAnswer(question), 2000);
    if (index === 1) await step("action: answer (end-of-quiz feedback)", answer);
    else await answer();
  }
  await step("action: finish quiz (end-of-quiz feedback)", () => finishAttempt(assignedAttempt));
  await step("page: home, after two quizzes", () =>
    Promise.all([listPublishedQuizzes(), getLearnerProgress(), listMyAssignments()]),
  );

  await step("page: review", () => Promise.all([getReviewHistory({ show: "missed" }), countDueReviews()]));
  const session = await getReviewSession();
  await step("page: review session", () => getReviewSession());
  const card = session.card!;
  const cardQuestion = [...quiz.questions, ...endQuiz.questions].find((question) => question.id === card.question.id)!;
  let logId = "";
  await step("action: answer review card", async () => {
    logId = (await answerReviewCard(card.cardId, card.version, rightAnswer(cardQuestion), 3000)).logId;
  });
  await step("action: change review rating", () => rerateReview(logId, "easy"));
  await step("action: pause card", () => setCardSuspended(card.cardId, true));
  await step("action: retire card", () => setCardRetired(card.cardId, true));
  await step("page: progress", () => Promise.all([getLearningProgress("UTC"), getReviewSettings()]));
  await step("action: review settings", () => updateReviewSettings({ staleDays: 60, reminders: false }));
  await step("action: leaderboard opt-in", () => setLeaderboardOptIn(true));
  return counts;
}

let small: Record<string, number>;
let large: Record<string, number>;

beforeAll(async () => {
  await reopenDatabase({ onStatement: (sql) => statements.push(sql) });
  await seedDemoData(db());
  const demoTeacher = await db().user.findUniqueOrThrow({
    where: { email: DEMO_ACCOUNTS.find((account) => account.role === "TEACHER")!.email },
  });
  teacher = demoTeacher;
  small = await learnerJourney(3);
  large = await learnerJourney(12);
});

describe("SQL statements per learner action and page", () => {
  it("covers every step of the journey", () => {
    expect(Object.keys(small).length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(large)).toEqual(Object.keys(small));
  });

  it("does not grow with the number of questions (no N+1)", () => {
    const grown = Object.keys(small)
      .filter((name) => large[name] !== small[name])
      .map((name) => `${name}: ${small[name]} statements with 3 questions, ${large[name]} with 12`);
    expect(grown).toEqual([]);
  });

  it("answers a question in at most three statements: one read that proves the account, the insert, a review card for a miss", () => {
    expect(small["action: answer (right)"]).toBeLessThanOrEqual(2);
    expect(small["action: answer (missed)"]).toBeLessThanOrEqual(3);
    expect(small["action: answer (end-of-quiz feedback)"]).toBeLessThanOrEqual(2);
    expect(small["action: answer again (duplicate)"]).toBeLessThanOrEqual(1);
  });

  it("shows the quiz and its results in a handful of statements", () => {
    expect(small["page: play, partly answered"]).toBeLessThanOrEqual(3);
    expect(small["page: results"]).toBeLessThanOrEqual(5);
  });
});
