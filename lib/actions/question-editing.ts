"use server";

import { revalidatePath } from "next/cache";
import { addQuestion, deleteQuestion, moveQuestion, updateQuestion } from "@/lib/dal/question-editing";
import { addQuestionSchema, editQuestionSchema, moveQuestionSchema, questionRefSchema } from "@/lib/validation/questions";
import { authedAction } from "./safe-action";

const refresh = () => revalidatePath("/teacher/sets/[id]", "page");

export const editQuestionAction = authedAction(
  editQuestionSchema,
  async ({ questionId, ...fields }) => {
    await updateQuestion(questionId, fields);
    refresh();
    return { questionId };
  },
  { role: "teacher" },
);

export const addQuestionAction = authedAction(
  addQuestionSchema,
  async ({ setId, ...fields }) => {
    const questionId = await addQuestion(setId, fields);
    refresh();
    return { questionId };
  },
  { role: "teacher" },
);

export const deleteQuestionAction = authedAction(
  questionRefSchema,
  async ({ questionId }) => {
    await deleteQuestion(questionId);
    refresh();
    return { questionId };
  },
  { role: "teacher" },
);

export const moveQuestionAction = authedAction(
  moveQuestionSchema,
  async ({ questionId, direction }) => {
    await moveQuestion(questionId, direction);
    refresh();
    return { questionId };
  },
  { role: "teacher" },
);
