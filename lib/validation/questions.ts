import { z } from "zod";

const id = z.string().min(1, "Missing question reference.").max(64);

/** Repeated form fields arrive as a string or an array of strings; blank lines are dropped. */
const stringList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean),
  );

const lines = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  );

export const questionFieldsSchema = z
  .object({
    type: z.enum(["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_IN", "WHO_SAID"], "Choose a question type."),
    prompt: z
      .string()
      .trim()
      .min(5, "Write a question of at least 5 characters.")
      .max(500, "Keep the question under 500 characters."),
    explanation: z
      .string()
      .trim()
      .min(1, "Explain why the answer is right.")
      .max(2000, "Keep the explanation under 2,000 characters."),
    choices: stringList,
    correct: z.coerce.number().int().min(0).optional(),
    accepted: lines,
    evidence: z.string().trim().max(2000, "Keep the evidence under 2,000 characters.").optional(),
  })
  .superRefine((value, context) => {
    // Runs even when a field failed its own check; those fields then hold the raw input.
    if (!Array.isArray(value.choices) || !Array.isArray(value.accepted)) return;
    if (value.type === "FILL_IN") {
      if (value.accepted.length === 0)
        context.addIssue({ code: "custom", path: ["accepted"], message: "Give at least one accepted answer." });
      return;
    }
    if (value.choices.length < 2)
      context.addIssue({ code: "custom", path: ["choices"], message: "Give at least two choices." });
    else if (value.choices.length > 6)
      context.addIssue({ code: "custom", path: ["choices"], message: "Give at most six choices." });
    else if (new Set(value.choices.map((choice) => choice.toLowerCase())).size !== value.choices.length)
      context.addIssue({ code: "custom", path: ["choices"], message: "Two choices are the same." });
    if (value.correct === undefined || value.correct >= value.choices.length)
      context.addIssue({ code: "custom", path: ["correct"], message: "Mark which choice is right." });
  });

export type QuestionFields = z.infer<typeof questionFieldsSchema>;

export const editQuestionSchema = z.object({ questionId: id }).and(questionFieldsSchema);
export const addQuestionSchema = z.object({ setId: id }).and(questionFieldsSchema);
export const questionRefSchema = z.object({ questionId: id });
export const moveQuestionSchema = z.object({ questionId: id, direction: z.enum(["up", "down"]) });

export const regenerateDistractorsSchema = z.object({
  questionId: id,
  choiceIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])),
});
export const setRefSchema = z.object({ setId: z.string().min(1, "Missing question set reference.").max(64) });
export const emptySetSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, "Give the set a title of at least 3 characters.")
    .max(200, "Keep the title under 200 characters."),
});

export const reorderSchema = z.object({
  setId: z.string().min(1, "Missing question set reference.").max(64),
  order: z.array(z.string().min(1).max(64)).min(1).max(500),
});
