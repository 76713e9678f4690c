import { z } from "zod";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const importSetSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose a file to import." })
    .refine((file) => file.size > 0, "Choose a file to import; that one is empty.")
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "That file is over 2 MB; question files are usually far smaller."),
  format: z.enum(
    ["auto", "json", "csv", "gift", "aiken", "moodle-xml", "qti"],
    "Choose a format, or let Quizwire detect it.",
  ),
  onlyValid: z
    .enum(["on"])
    .optional()
    .transform((value) => value === "on"),
});
