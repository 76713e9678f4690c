"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  addQuestion,
  createEmptySet,
  deleteQuestion,
  duplicateSet,
  moveQuestion,
  regenerateDistractors,
  regenerateQuestion,
  reorderQuestions,
  updateQuestion,
} from "@/lib/dal/question-editing";
import {
  addQuestionSchema,
  editQuestionSchema,
  emptySetSchema,
  moveQuestionSchema,
  questionRefSchema,
  regenerateDistractorsSchema,
  reorderSchema,
  setRefSchema,
} from "@/lib/validation/questions";
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

export const regenerateDistractorsAction = authedAction(
  regenerateDistractorsSchema,
  async ({ questionId, choiceIds }) => {
    const result = await regenerateDistractors(questionId, choiceIds);
    refresh();
    revalidatePath("/teacher/assignments/[id]", "page");
    return result;
  },
  { role: "teacher" },
);

export const regenerateQuestionAction = authedAction(
  questionRefSchema,
  async ({ questionId }) => {
    await regenerateQuestion(questionId);
    refresh();
    return { questionId };
  },
  { role: "teacher" },
);

export const duplicateSetAction = authedAction(
  setRefSchema,
  async ({ setId }) => {
    const copyId = await duplicateSet(setId);
    revalidatePath("/teacher");
    redirect(`/teacher/sets/${copyId}`);
  },
  { role: "teacher" },
);

export const createEmptySetAction = authedAction(
  emptySetSchema,
  async ({ title }) => {
    const setId = await createEmptySet(title);
    redirect(`/teacher/sets/${setId}`);
  },
  { role: "teacher" },
);

export const reorderQuestionsAction = authedAction(
  reorderSchema,
  async ({ setId, order }) => {
    await reorderQuestions(setId, order);
    refresh();
    return { order };
  },
  { role: "teacher" },
);
