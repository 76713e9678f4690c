"use server";

import { redirect } from "next/navigation";
import { finishAttempt, startAttempt, submitAnswer } from "@/lib/dal/attempts";
import { answerSchema, finishQuizSchema, startQuizSchema } from "@/lib/validation/quiz";
import { authedAction } from "./safe-action";

export const startQuiz = authedAction(startQuizSchema, async ({ setId }) => {
  const attemptId = await startAttempt(setId);
  redirect(`/play/${attemptId}`);
});

export const answerQuestion = authedAction(
  answerSchema,
  async ({ attemptId, questionId, choiceId, text, elapsedMs }) => {
    const { view } = await submitAnswer(
      attemptId,
      questionId,
      choiceId ? { choiceId } : { text: text ?? "" },
      elapsedMs,
    );
    return view;
  },
  { account: "in-query" },
);

export const finishQuiz = authedAction(finishQuizSchema, async ({ attemptId }) => {
  await finishAttempt(attemptId);
  redirect(`/results/${attemptId}`);
});
