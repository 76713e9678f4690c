import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { db } from "@/lib/db";
import { saveArticle } from "@/lib/dal/articles";
import { createSetFromArticle } from "@/lib/dal/question-generation";
import { QUESTION_KINDS } from "@/lib/generation/kinds";
import { finishAttempt, getPlayerView, getResults, startAttempt, submitAnswer } from "@/lib/dal/attempts";
import { NotAuthorizedError, NotFoundError, UserError } from "@/lib/dal/errors";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

type User = Awaited<ReturnType<typeof makeUser>>;
let teacher: User;
let learner: User;
let other: User;

async function makeQuiz(
  options: { feedbackMode?: "IMMEDIATE" | "END"; timeLimitSeconds?: number; speedBonus?: boolean } = {},
) {
  const set = await db().questionSet.create({
    data: {
      title: "Quiz",
      status: "PUBLISHED",
      publishedAt: new Date(),
      ownerId: teacher.id,
      ...options,
      questions: {
        create: [
          {
            position: 0,
            type: "MULTIPLE_CHOICE",
            prompt: "Which city?",
            explanation: "SECRET-EXPLANATION-ONE",
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
            prompt: "Which country?",
            explanation: "SECRET-EXPLANATION-TWO",
            acceptedAnswers: ["United States"],
          },
        ],
      },
    },
    include: { questions: { include: { choices: true }, orderBy: { position: "asc" } } },
  });
  const [choice, fill] = set.questions;
  return {
    set,
    choiceQuestion: choice!,
    fillQuestion: fill!,
    right: choice!.choices.find((c) => c.isCorrect)!,
    wrong: choice!.choices.find((c) => !c.isCorrect)!,
  };
}

beforeAll(async () => {
  [teacher, learner, other] = await Promise.all([makeUser("TEACHER"), makeUser("STUDENT"), makeUser("STUDENT")]);
});

describe("taking a quiz", () => {
  it("resumes the open attempt with the same stored choice order", async () => {
    const quiz = await makeQuiz();
    signInAs(learner);
    const first = await startAttempt(quiz.set.id);
    const again = await startAttempt(quiz.set.id);
    expect(again).toBe(first);
    const a = await getPlayerView(first);
    const b = await getPlayerView(first);
    expect(a.questions[0]!.choices.map((choice) => choice.id)).toEqual(
      b.questions[0]!.choices.map((choice) => choice.id),
    );
  });

  it("stores exactly one answer when 20 submissions for the same question arrive at once", async () => {
    const quiz = await makeQuiz();
    signInAs(learner);
    const attemptId = await startAttempt(quiz.set.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        submitAnswer(attemptId, quiz.choiceQuestion.id, { choiceId: i % 2 ? quiz.wrong.id : quiz.right.id }),
      ),
    );
    expect(await db().answer.count({ where: { attemptId, questionId: quiz.choiceQuestion.id } })).toBe(1);
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    const stored = await db().answer.findFirstOrThrow({ where: { attemptId } });
    expect(new Set(results.map((result) => result.view.feedback?.isCorrect))).toEqual(new Set([stored.isCorrect]));
  });

  it("reveals nothing before the answer, then the key and explanation in immediate mode", async () => {
    const quiz = await makeQuiz({ feedbackMode: "IMMEDIATE" });
    signInAs(learner);
    const attemptId = await startAttempt(quiz.set.id);
    const before = JSON.stringify(await getPlayerView(attemptId));
    expect(before).not.toContain("SECRET-EXPLANATION");
    expect(before).not.toContain("isCorrect");
    expect(before).not.toContain("United States");
    const { view } = await submitAnswer(attemptId, quiz.fillQuestion.id, { text: "the U.S." });
    expect(view.feedback).toMatchObject({
      isCorrect: true,
      matchedAnswer: "United States",
      explanation: "SECRET-EXPLANATION-TWO",
    });
    expect(JSON.stringify((await getPlayerView(attemptId)).questions[0])).not.toContain("SECRET-EXPLANATION-ONE");
  });

  it("reveals nothing until the end in end-of-quiz mode", async () => {
    const quiz = await makeQuiz({ feedbackMode: "END" });
    signInAs(learner);
    const attemptId = await startAttempt(quiz.set.id);
    const { view } = await submitAnswer(attemptId, quiz.choiceQuestion.id, { choiceId: quiz.wrong.id });
    expect(view.feedback).toBeNull();
    expect(JSON.stringify(await getPlayerView(attemptId))).not.toContain("SECRET-EXPLANATION");
    await finishAttempt(attemptId);
    const results = await getResults(attemptId);
    expect(results.questions[0]!.feedback).toMatchObject({
      isCorrect: false,
      correctChoiceId: quiz.right.id,
      explanation: "SECRET-EXPLANATION-ONE",
    });
    expect(results).toMatchObject({ score: 0, maxScore: 2, correct: 0 });
  });

  it("refuses answers after finishing or after the time limit, in plain words", async () => {
    const quiz = await makeQuiz();
    signInAs(learner);
    const attemptId = await startAttempt(quiz.set.id);
    await finishAttempt(attemptId);
    await expect(submitAnswer(attemptId, quiz.choiceQuestion.id, { choiceId: quiz.right.id })).rejects.toThrow(
      /already finished/,
    );

    const timed = await makeQuiz({ timeLimitSeconds: 60 });
    const timedAttempt = await startAttempt(timed.set.id);
    await db().attempt.update({ where: { id: timedAttempt }, data: { deadline: new Date(Date.now() - 1000) } });
    await expect(submitAnswer(timedAttempt, timed.choiceQuestion.id, { choiceId: timed.right.id })).rejects.toThrow(
      /Time is up/,
    );
    await expect(
      submitAnswer(timedAttempt, timed.choiceQuestion.id, { choiceId: timed.right.id }),
    ).rejects.toBeInstanceOf(UserError);
  });

  it("scores with the speed bonus and places the attempt among all finished ones", async () => {
    const quiz = await makeQuiz({ speedBonus: true });
    signInAs(other);
    const slow = await startAttempt(quiz.set.id);
    await submitAnswer(slow, quiz.choiceQuestion.id, { choiceId: quiz.right.id }, 45_000);
    await finishAttempt(slow);
    signInAs(learner);
    const fast = await startAttempt(quiz.set.id);
    await submitAnswer(fast, quiz.choiceQuestion.id, { choiceId: quiz.right.id }, 15_000);
    await submitAnswer(fast, quiz.fillQuestion.id, { text: "America" }, 0);
    await finishAttempt(fast);
    const results = await getResults(fast);
    expect(results).toMatchObject({ score: 2.75, maxScore: 3, correct: 2, finishedAttempts: 2, percentile: 75 });
    expect(results.leaderboard.map((row) => [row.name, row.isYou])).toEqual([
      [learner.name, true],
      ["A learner", false],
    ]);
  });

  it("treats someone else's attempt as not found, for reading, answering and finishing", async () => {
    const quiz = await makeQuiz();
    signInAs(learner);
    const attemptId = await startAttempt(quiz.set.id);
    signInAs(other);
    await expect(getPlayerView(attemptId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAnswer(attemptId, quiz.choiceQuestion.id, { choiceId: quiz.right.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(finishAttempt(attemptId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getResults(attemptId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().answer.count({ where: { attemptId } })).toBe(0);
  });

  it("answers a deleted account's session with 'sign in', not with 'not found'", async () => {
    const quiz = await makeQuiz();
    const gone = await makeUser();
    signInAs(gone);
    const attemptId = await startAttempt(quiz.set.id);
    await db().user.delete({ where: { id: gone.id } });
    await expect(submitAnswer(attemptId, quiz.choiceQuestion.id, { choiceId: quiz.right.id })).rejects.toBeInstanceOf(
      NotAuthorizedError,
    );
  });

  it("does not start attempts at drafts", async () => {
    const draft = await db().questionSet.create({ data: { title: "Draft", ownerId: teacher.id } });
    signInAs(learner);
    await expect(startAttempt(draft.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("immediate feedback on a short article", () => {
  it("never shows the answer of a question still to come, and shows everything once it is answered", async () => {
    // cnbc1 is a 129-word post: its questions share sentences, each showing the others' answers masked.
    signInAs(teacher);
    const article = ingestArticle({
      kind: "file",
      name: "cnbc1.html",
      bytes: readFileSync("tests/fixtures/articles/html/cnbc1.html"),
    });
    const setId = await createSetFromArticle((await saveArticle(article)).id, {
      count: 10,
      types: [...QUESTION_KINDS],
      difficulty: "mixed",
    });
    await db().questionSet.update({
      where: { id: setId },
      data: { status: "PUBLISHED", publishedAt: new Date(), feedbackMode: "IMMEDIATE" },
    });
    const keys = await db().question.findMany({
      where: { setId },
      include: { choices: true },
      orderBy: { position: "asc" },
    });
    const answerOf = (key: (typeof keys)[number]) =>
      key.type === "FILL_IN" ? key.acceptedAnswers[0]! : key.choices.find((choice) => choice.isCorrect)!.text;
    const sharing = keys.filter((key) =>
      keys.some((other) => other !== key && other.evidenceStart === key.evidenceStart),
    );
    expect(sharing.length).toBeGreaterThanOrEqual(2);
    const { title: setTitle } = await db().questionSet.findUniqueOrThrow({ where: { id: setId } });

    signInAs(learner);
    const attemptId = await startAttempt(setId);
    let hidden = 0;
    for (const [index, key] of keys.entries()) {
      const { view } = await submitAnswer(
        attemptId,
        key.id,
        key.type === "FILL_IN"
          ? { text: answerOf(key) }
          : { choiceId: key.choices.find((choice) => choice.isCorrect)!.id },
      );
      // The quiz shows the set's title; the headline comes with the feedback, and must not answer later questions.
      const onScreen = [view.prompt, ...view.choices.map((choice) => choice.text), setTitle].join(" ").toLowerCase();
      expect(view.feedback!.headline).toBeDefined();
      const quoted = [view.feedback!.explanation, view.feedback!.evidence!.paragraph, view.feedback!.headline]
        .join(" ")
        .toLowerCase();
      for (const later of keys.slice(index + 1).filter((later) => later.type !== "TRUE_FALSE")) {
        const answer = answerOf(later).toLowerCase();
        if (!onScreen.includes(answer))
          expect(quoted, `question ${index + 1} shows the answer of a later one`).not.toMatch(
            new RegExp(`(^|[^a-z0-9])${answer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z0-9])`),
          );
      }
      if (view.feedback!.withheld) hidden++;
      expect(view.feedback!.evidence!.paragraph).toContain(view.feedback!.evidence!.text);
    }
    expect(hidden).toBeGreaterThan(0);
    // Every question answered: the whole quote comes back.
    const after = await getPlayerView(attemptId);
    for (const question of after.questions) {
      const key = keys.find((candidate) => candidate.id === question.id)!;
      expect(question.feedback).toMatchObject({
        withheld: false,
        explanation: key.explanation,
        evidence: { text: key.evidenceText },
        headline: article.title,
      });
    }
  });
});

describe("a learner's progress", () => {
  it("lists open attempts, quizzes taken with best and last score, and scores over time", async () => {
    const { getLearnerProgress } = await import("@/lib/dal/progress");
    const quiz = await makeQuiz();
    const fresh = await makeUser("STUDENT");
    signInAs(fresh);
    const first = await startAttempt(quiz.set.id);
    await submitAnswer(first, quiz.choiceQuestion.id, { choiceId: quiz.right.id });
    await submitAnswer(first, quiz.fillQuestion.id, { text: "US" });
    await finishAttempt(first);
    const second = await startAttempt(quiz.set.id);
    await submitAnswer(second, quiz.choiceQuestion.id, { choiceId: quiz.wrong.id });
    await finishAttempt(second);
    const open = await startAttempt(quiz.set.id);
    await submitAnswer(open, quiz.choiceQuestion.id, { choiceId: quiz.right.id });

    const progress = await getLearnerProgress();
    expect(progress.inProgress).toEqual([expect.objectContaining({ attemptId: open, answered: 1, total: 2 })]);
    expect(progress.taken).toEqual([
      expect.objectContaining({
        setId: quiz.set.id,
        attempts: 2,
        bestPercent: 100,
        lastPercent: 0,
        lastAttemptId: second,
      }),
    ]);
    expect(progress.history.map((point) => point.percent)).toEqual([100, 0]);
  });
});

describe("leaderboard names", () => {
  it("shows a learner's name to others only after they opt in", async () => {
    const { setLeaderboardOptIn } = await import("@/lib/dal/preferences");
    const quiz = await makeQuiz();
    const shy = await makeUser("STUDENT");
    const viewer = await makeUser("STUDENT");
    signInAs(shy);
    const shyAttempt = await startAttempt(quiz.set.id);
    await finishAttempt(shyAttempt);
    signInAs(viewer);
    const own = await startAttempt(quiz.set.id);
    await finishAttempt(own);
    expect((await getResults(own)).leaderboard.map((row) => row.name)).toContain("A learner");
    signInAs(shy);
    await setLeaderboardOptIn(true);
    signInAs(viewer);
    expect((await getResults(own)).leaderboard.map((row) => row.name)).toContain(shy.name);
  });
});
