import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/generation/kinds";

export const generateSetSchema = z.object({
  // One article, or several (checkboxes with the same name) for a set drawn from each.
  articleId: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.string().min(1).max(64))
      .min(1, "Pick at least one article.")
      .max(5, "Pick at most 5 articles for one set."),
  ),
  count: z.coerce
    .number({ message: "Choose how many questions: a number from 5 to 30." })
    .int("Choose a whole number of questions.")
    .min(5, "Ask for at least 5 questions.")
    .max(30, "Ask for at most 30 questions."),
  types: z
    .preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.enum(QUESTION_KINDS)),
    )
    .refine((types) => types.length > 0, "Pick at least one kind of question."),
  difficulty: z.enum(["mixed", "easy", "medium", "hard"], { message: "Choose a difficulty." }),
});

const optionalWholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? null : value),
    z.coerce
      .number({ message: `${label} must be a number.` })
      .int(`${label} must be a whole number.`)
      .min(min, `${label} must be at least ${min}.`)
      .max(max, `${label} can be at most ${max}.`)
      .nullable(),
  );

export const quizSettingsSchema = z.object({
  setId: z.string().min(1).max(64),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  feedbackMode: z.enum(["IMMEDIATE", "END"], { message: "Choose when learners see the answers." }),
  layout: z.enum(["ONE_PER_SCREEN", "ALL_ON_ONE_PAGE"], { message: "Choose how questions are shown." }),
  timeLimitMinutes: optionalWholeNumber("The time limit", 1, 240),
  maxAttempts: optionalWholeNumber("Attempts allowed", 1, 50),
  speedBonus: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
});

export const renameSetSchema = z.object({
  setId: z.string().min(1, "Missing question set reference.").max(64),
  title: z
    .string({ message: "Give the set a title." })
    .trim()
    .min(3, "Give the set a title of at least 3 characters.")
    .max(200, "Keep the title under 200 characters."),
});
