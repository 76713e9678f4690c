import { z } from "zod";

const id = z.string().min(1, "Missing review card reference.").max(64);

export const reviewAnswerSchema = z
  .object({
    cardId: id,
    version: z.coerce.number().int().min(0),
    choiceId: z.string().max(64).optional(),
    text: z.string().trim().max(500, "Keep your answer under 500 characters.").optional(),
    elapsedMs: z.coerce.number().int().min(0).max(86_400_000).optional(),
  })
  .refine((value) => Boolean(value.choiceId) || Boolean(value.text), {
    message: "Choose an answer first.",
    path: ["answer"],
  });

export const rerateSchema = z.object({
  logId: z.string().min(1, "Missing review reference.").max(64),
  rating: z.enum(["again", "hard", "good", "easy"], "Choose Again, Hard, Good or Easy."),
});

export const cardToggleSchema = z.object({
  cardId: id,
  value: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const reviewSettingsSchema = z.object({
  staleDays: z.coerce
    .number("Enter a number of days.")
    .int("Enter a whole number of days.")
    .min(7, "Use at least 7 days.")
    .max(3650, "Use at most 3,650 days (ten years)."),
  reminders: z
    .enum(["on"])
    .optional()
    .transform((value) => value === "on"),
});

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/** Review page filters from the URL: anything malformed is ignored rather than failing the page. */
export const reviewFiltersSchema = z.object({
  show: z.enum(["missed", "all"]).catch("missed"),
  article: z.string().max(64).optional().catch(undefined),
  topic: z.string().max(200).optional().catch(undefined),
  from: day,
  to: day,
});
