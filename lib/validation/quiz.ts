import { z } from "zod";

const id = z.string().min(1, "Missing quiz reference.").max(64);

export const startQuizSchema = z.object({ setId: id });
export const finishQuizSchema = z.object({ attemptId: id });

export const answerSchema = z
  .object({
    attemptId: id,
    questionId: id,
    choiceId: z.string().max(64).optional(),
    text: z.string().trim().max(500, "Keep your answer under 500 characters.").optional(),
    elapsedMs: z.coerce.number().int().min(0).max(86_400_000).optional(),
  })
  .refine((value) => Boolean(value.choiceId) || Boolean(value.text), {
    message: "Choose an answer first.",
    path: ["answer"],
  });
