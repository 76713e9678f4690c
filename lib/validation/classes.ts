import { z } from "zod";

const id = (what: string) => z.string().min(1, `Missing ${what} reference.`).max(64);

export const createClassSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Give the class a name of at least 2 characters.")
    .max(80, "Keep the class name under 80 characters."),
});

export const joinClassSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the class code your teacher gave you.")
    .max(40, "That is longer than a class code."),
});

export const removeStudentSchema = z.object({ classId: id("class"), userId: id("student") });
export const archiveClassSchema = z.object({
  classId: id("class"),
  value: z.enum(["true", "false"]).transform((value) => value === "true"),
});

const optionalWhole = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .refine((value) => value === null || (Number.isInteger(value) && value >= min && value <= max), message);

/** Dates arrive as ISO instants: the browser converts the teacher's local date and time before sending. */
const instant = (message: string) =>
  z
    .string(message)
    .min(1, message)
    .refine((value) => !Number.isNaN(Date.parse(value)), message)
    .transform((value) => new Date(value));

const bothDates = (value: { opensAt: unknown; dueAt: unknown }) =>
  value.opensAt instanceof Date && value.dueAt instanceof Date;

export const assignmentSchema = z
  .object({
    classId: id("class"),
    setId: z.string().min(1, "Choose a question set to assign.").max(64),
    opensAt: instant("Choose when the assignment opens."),
    dueAt: instant("Choose when the assignment is due."),
    maxAttempts: optionalWhole(1, 20, "Attempts allowed must be a whole number from 1 to 20, or empty for no limit."),
    feedbackMode: z.enum(["IMMEDIATE", "END"], "Choose when students see the answers."),
    timeLimitMinutes: optionalWhole(
      1,
      300,
      "The time limit must be a whole number of minutes from 1 to 300, or empty for none.",
    ),
    speedBonus: z
      .enum(["on"])
      .optional()
      .transform((value) => value === "on"),
  })
  // Object checks run even when a field failed (zod keeps going to report every field), so a date
  // may still be the raw input here.
  .refine((value) => !bothDates(value) || value.dueAt.getTime() > value.opensAt.getTime(), {
    path: ["dueAt"],
    message: "The due date must be after the opening date.",
  })
  .refine((value) => !(value.dueAt instanceof Date) || value.dueAt.getTime() > Date.now(), {
    path: ["dueAt"],
    message: "The due date has already passed.",
  });

export const assignmentRefSchema = z.object({ assignmentId: id("assignment") });
