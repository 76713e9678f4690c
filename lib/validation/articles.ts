import { z } from "zod";

export const pasteArticleSchema = z.object({
  text: z
    .string({ message: "Paste the article's text." })
    .max(1_000_000, "That is far more text than one article; paste a single article."),
  title: z.string().trim().max(300, "Keep the title under 300 characters.").optional(),
});

export const urlArticleSchema = z.object({
  url: z
    .string({ message: "Enter the article's web address." })
    .trim()
    .min(1, "Enter the article's web address.")
    .max(2048, "That web address is too long.")
    .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`)),
});

export const uploadArticleSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose a file to upload." })
    .refine((file) => file.size > 0, "Choose a file to upload; that one is empty."),
});

export const restoreRemovalSchema = z.object({
  articleId: z.string().min(1).max(64),
  start: z.coerce.number().int().min(0),
  restored: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** The headline and published date the person corrects on the preview. */
export const articleDetailsSchema = z.object({
  articleId: z.string().min(1).max(64),
  title: z
    .string({ message: "Enter the article's headline." })
    .trim()
    .min(1, "Enter the article's headline.")
    .max(300, "Keep the headline under 300 characters."),
  publishedAt: z
    .union([z.literal(""), z.iso.date({ message: "Enter the date as day, month and year." })], {
      message: "Enter the date as day, month and year.",
    })
    .transform((value) => value || null)
    // A day ahead of UTC is still today somewhere.
    .refine(
      (value) => !value || Date.parse(value) <= Date.now() + 86_400_000,
      "The published date cannot be in the future.",
    )
    .refine((value) => !value || value >= "1900-01-01", "Enter a date after 1900."),
});
