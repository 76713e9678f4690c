import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/generation/kinds";

export const generateSetSchema = z.object({
  articleId: z.string().min(1).max(64),
  count: z.coerce
    .number({ message: "Choose how many questions: a number from 5 to 30." })
    .int("Choose a whole number of questions.")
    .min(5, "Ask for at least 5 questions.")
    .max(30, "Ask for at most 30 questions."),
  types: z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(QUESTION_KINDS)))
    .refine((types) => types.length > 0, "Pick at least one kind of question."),
  difficulty: z.enum(["mixed", "easy", "medium", "hard"], { message: "Choose a difficulty." }),
});
