import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { finishAttempt, startAttempt, submitAnswer } from "@/lib/dal/attempts";
import { NotFoundError, UserError } from "@/lib/dal/errors";
import { getReviewHistory } from "@/lib/dal/review-history";
import {
  answerReviewCard,
  getDueReminder,
  getReviewSession,
  rerateReview,
  setCardRetired,
  setCardSuspended,
  updateReviewSettings,
} from "@/lib/dal/reviews";
import { getLearningProgress } from "@/lib/dal/learning-progress";
import { newCardState, scheduleReview } from "@/lib/review/scheduler";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

type User = Awaited<ReturnType<typeof makeUser>>;
let teacher: User;

const DAY = 86_400_000;

async function makeQuiz(feedbackMode: "IMMEDIATE" | "END", publishedAt = new Date()) {
  const article = await db().article.create({
    data: {
      title: "Wang Yi in Moscow",
      text: "Wang Yi met Sergei Lavrov in Moscow.",
      originalText: "x",
      wordCount: 7,
      contentHash: `${Math.random()}`,
      publishedAt,
    },
  });
  const set = await db().questionSet.create({
    data: {
      title: `Quiz ${feedbackMode}`,
      status: "PUBLISHED",
      feedbackMode,
      ownerId: teacher.id,
      articleId: article.id,
      questions: {
        create: [
          {
            position: 0,
            type: "MULTIPLE_CHOICE",
            prompt: "Where did Wang Yi meet Sergei Lavrov?",
            explanation: "The article says so.",
            articleId: article.id,
            evidenceStart: 0,
            evidenceEnd: 36,
            evidenceText: "Wang Yi met Sergei Lavrov in Moscow.",
            topics: ["place:Moscow", "person:Wang Yi"],
            choices: {
              create: [
                { position: 0, text: "Moscow", isCorrect: true },
                { position: 1, text: "Kyiv" },
                { position: 2, text: "Minsk" },
                { position: 3, text: "Riga" },
              ],
            },
          },
          {
            position: 1,
            type: "FILL_IN",
            prompt: "Who met Sergei Lavrov?",
            explanation: "Wang Yi did.",
            acceptedAnswers: ["Wang Yi"],
            topics: ["person:Wang Yi"],
            articleId: article.id,
          },
        ],
      },
    },
    include: { questions: { include: { choices: true }, orderBy: { position: "asc" } } },
  });
  const [choice, fill] = set.questions;
  return {
    set,
    choice: choice!,
    fill: fill!,
    right: choice!.choices.find((c) => c.isCorrect)!,
    wrong: choice!.choices.find((c) => !c.isCorrect)!,
  };
}

/** A learner who missed the place question in an immediate-feedback quiz, with its card. */
async function learnerWithCard() {
  const learner = await makeUser();
  const quiz = await makeQuiz("IMMEDIATE");
  signInAs(learner);
  const attemptId = await startAttempt(quiz.set.id);
  await submitAnswer(attemptId, quiz.choice.id, { choiceId: quiz.wrong.id });
  const card = await db().reviewCard.findUniqueOrThrow({
    where: { userId_questionId: { userId: learner.id, questionId: quiz.choice.id } },
  });
  return { learner, quiz, card, attemptId };
}

beforeAll(async () => {
  teacher = await makeUser("TEACHER");
});

afterEach(() => {
  vi.useRealTimers();
});

describe("missed questions become review cards", () => {
  it("adds a card, due at once, as soon as a miss is shown with immediate feedback; right answers add none", async () => {
    const { learner, quiz, card, attemptId } = await learnerWithCard();
    expect(card.due.getTime()).toBeLessThanOrEqual(Date.now());
    await submitAnswer(attemptId, quiz.fill.id, { text: "wang yi" });
    expect(await db().reviewCard.count({ where: { userId: learner.id } })).toBe(1);
    expect(await getDueReminder()).toEqual({ due: 1 });
    const session = await getReviewSession();
    expect(session.dueCount).toBe(1);
    expect(session.card?.question.prompt).toBe("Where did Wang Yi meet Sergei Lavrov?");
    // No answer key before the answer.
    expect(JSON.stringify(session)).not.toContain("isCorrect");
    expect(JSON.stringify(session)).not.toContain("The article says so.");
  });

  it("waits for the end of the quiz when feedback comes at the end, then adds every miss", async () => {
    const learner = await makeUser();
    const quiz = await makeQuiz("END");
    signInAs(learner);
    const attemptId = await startAttempt(quiz.set.id);
    await submitAnswer(attemptId, quiz.choice.id, { choiceId: quiz.wrong.id });
    await submitAnswer(attemptId, quiz.fill.id, { text: "Putin" });
    expect(await db().reviewCard.count({ where: { userId: learner.id } })).toBe(0);
    expect((await getReviewHistory({ show: "missed" })).items).toHaveLength(0);
    await finishAttempt(attemptId);
    expect(await db().reviewCard.count({ where: { userId: learner.id } })).toBe(2);
    expect((await getReviewHistory({ show: "missed" })).items).toHaveLength(2);
  });
});

describe("the review page", () => {
  it("lists missed questions with the learner's answer, the key, explanation and evidence paragraph; filters by article, topic and date", async () => {
    const { quiz, attemptId } = await learnerWithCard();
    await submitAnswer(attemptId, quiz.fill.id, { text: "Wang Yi" });
    const missed = await getReviewHistory({ show: "missed" });
    expect(missed.items).toHaveLength(1);
    const item = missed.items[0]!;
    expect(item.yourAnswer).toBe(quiz.wrong.text);
    expect(item.feedback.correctAnswers).toEqual(["Moscow"]);
    expect(item.feedback.explanation).toBe("The article says so.");
    expect(item.feedback.evidence?.paragraph).toBe("Wang Yi met Sergei Lavrov in Moscow.");
    expect(item.article?.title).toBe("Wang Yi in Moscow");
    expect(item.card?.id).toBeDefined();

    expect((await getReviewHistory({ show: "all" })).items).toHaveLength(2);
    expect((await getReviewHistory({ show: "all", topic: "place:Moscow" })).items.map((i) => i.prompt)).toEqual([
      "Where did Wang Yi meet Sergei Lavrov?",
    ]);
    expect((await getReviewHistory({ show: "all", articleId: "someone-elses" })).items).toHaveLength(0);
    expect((await getReviewHistory({ show: "all", articleId: quiz.set.articleId! })).items).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await getReviewHistory({ show: "all", from: today, to: today })).items).toHaveLength(2);
    expect((await getReviewHistory({ show: "all", to: "2020-01-01" })).items).toHaveLength(0);
    expect(missed.topics).toEqual(["person:Wang Yi", "place:Moscow"]);
  });
});

describe("reviewing a card", () => {
  it("schedules with FSRS from the answer, exactly as ts-fsrs would, and the card comes back when due", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = new Date(Date.now() + 1000);
    vi.setSystemTime(t0);
    const { card, quiz } = await learnerWithCard();
    const session = await getReviewSession();
    expect(session.card?.cardId).toBe(card.id);

    // Right, at an ordinary pace: good → 10 minutes (the first learning step).
    const first = await answerReviewCard(card.id, 0, { choiceId: quiz.right.id }, 9000);
    expect(first.rating).toBe("good");
    expect(first.feedback.isCorrect).toBe(true);
    let expected = scheduleReview(newCardState(card.createdAt), "good", t0);
    expect(first.nextDue).toEqual(expected.due);
    expect(first.nextDue.getTime() - t0.getTime()).toBe(10 * 60_000);
    expect((await getReviewSession()).card).toBeNull();
    expect((await getReviewSession()).nextDueAt).toEqual(expected.due);

    // Ten minutes later it is due again; a miss now goes back to the first learning step.
    const t1 = expected.due;
    vi.setSystemTime(t1);
    const second = await answerReviewCard(card.id, 1, { choiceId: quiz.wrong.id }, 3000);
    expect(second.rating).toBe("again");
    expected = scheduleReview(expected, "again", t1);
    expect(second.nextDue).toEqual(expected.due);
    const stored = await db().reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(stored.due).toEqual(expected.due);
    expect(stored.reps).toBe(2);
    expect(await db().reviewLog.count({ where: { cardId: card.id } })).toBe(2);
  });

  it("lets the learner change the rating, rescheduling from the card as it was", async () => {
    const { card, quiz } = await learnerWithCard();
    const outcome = await answerReviewCard(card.id, 0, { choiceId: quiz.right.id }, 9000);
    const easy = await rerateReview(outcome.logId, "easy");
    expect(easy.rating).toBe("easy");
    expect(easy.selfRated).toBe(true);
    expect(easy.nextDue).toEqual(scheduleReview(newCardState(card.createdAt), "easy", outcome.reviewedAt).due);
    expect(Math.round((easy.nextDue.getTime() - outcome.reviewedAt.getTime()) / DAY)).toBe(8);
    const stored = await db().reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(stored.due).toEqual(easy.nextDue);
    expect(stored.reps).toBe(1);
  });

  it("records a double submission once and returns the first result", async () => {
    const { card, quiz } = await learnerWithCard();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => answerReviewCard(card.id, 0, { choiceId: quiz.right.id }, 9000)),
    );
    expect(new Set(results.map((result) => result.logId)).size).toBe(1);
    expect(await db().reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });

  it("refuses an answer for a card that is not due yet, in plain words", async () => {
    const { card, quiz } = await learnerWithCard();
    await answerReviewCard(card.id, 0, { choiceId: quiz.right.id }, 9000);
    await expect(answerReviewCard(card.id, 1, { choiceId: quiz.right.id }, 9000)).rejects.toThrow("not due yet");
  });

  it("takes suspended and retired cards out of the session, and brings them back when undone", async () => {
    const { card } = await learnerWithCard();
    await setCardSuspended(card.id, true);
    expect((await getReviewSession()).dueCount).toBe(0);
    await setCardSuspended(card.id, false);
    expect((await getReviewSession()).dueCount).toBe(1);
    await setCardRetired(card.id, true);
    expect((await getReviewSession()).card).toBeNull();
    await expect(answerReviewCard(card.id, 0, { text: "x" }, null)).rejects.toThrow(UserError);
    await setCardRetired(card.id, false);
    expect((await getReviewSession()).card?.cardId).toBe(card.id);
  });

  it("marks facts older than the learner's setting as stale", async () => {
    const learner = await makeUser();
    const quiz = await makeQuiz("IMMEDIATE", new Date(Date.now() - 120 * DAY));
    signInAs(learner);
    const attemptId = await startAttempt(quiz.set.id);
    await submitAnswer(attemptId, quiz.choice.id, { choiceId: quiz.wrong.id });
    expect((await getReviewSession()).card?.stale).toBe(true);
    await updateReviewSettings({ staleDays: 365, reminders: true });
    expect((await getReviewSession()).card?.stale).toBe(false);
    await updateReviewSettings({ staleDays: 365, reminders: false });
    expect(await getDueReminder()).toBeNull();
  });
});

describe("progress", () => {
  it("counts today's activity as a streak, reviews per day, retention and weak topics", async () => {
    const { card, quiz } = await learnerWithCard();
    await answerReviewCard(card.id, 0, { choiceId: quiz.right.id }, 9000);
    const progress = await getLearningProgress("Europe/London");
    expect(progress.streak).toBe(1);
    expect(progress.activeToday).toBe(true);
    expect(progress.days.at(-1)).toMatchObject({ reviews: 1, recalled: 1, retention: 100 });
    expect(progress.retention).toBe(100);
    expect(progress.cards).toMatchObject({ total: 1, due: 0, learning: 1 });
    expect(progress.topics.find((topic) => topic.topic === "place:Moscow")).toMatchObject({
      answered: 2,
      correct: 1,
      accuracy: 50,
      status: "weak",
    });
  });
});

describe("review cards are private", () => {
  it("no one else can see, answer, re-rate, pause or retire a learner's cards", async () => {
    const { card, quiz } = await learnerWithCard();
    const outcome = await answerReviewCard(card.id, 0, { choiceId: quiz.wrong.id }, 3000);
    const intruder = await makeUser("TEACHER");
    signInAs(intruder);
    expect((await getReviewSession()).card).toBeNull();
    expect((await getReviewHistory({ show: "all" })).items).toHaveLength(0);
    await expect(answerReviewCard(card.id, 1, { choiceId: quiz.right.id }, 1000)).rejects.toThrow(NotFoundError);
    await expect(rerateReview(outcome.logId, "easy")).rejects.toThrow(NotFoundError);
    await expect(setCardSuspended(card.id, true)).rejects.toThrow(NotFoundError);
    await expect(setCardRetired(card.id, true)).rejects.toThrow(NotFoundError);
    const untouched = await db().reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(untouched).toMatchObject({ suspended: false, retiredAt: null, reps: 1 });
    signInAs(null);
    await expect(getReviewSession()).rejects.toThrow("sign in");
  });
});
