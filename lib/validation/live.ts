import { z } from "zod";
import { HOST_COMMANDS, NICKNAME_LENGTH, SECONDS_PER_QUESTION } from "@/lib/live/rules";

const id = (what: string) => z.string().min(1, `Missing ${what} reference.`).max(64);
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const { min, max } = SECONDS_PER_QUESTION;
export const createLiveGameSchema = z.object({
  setId: id("set"),
  secondsPerQuestion: z.coerce
    .number({ message: `Give the time per question in seconds, ${min} to ${max}.` })
    .int(`Give the time per question in whole seconds, ${min} to ${max}.`)
    .min(min, `Give each question at least ${min} seconds.`)
    .max(max, `Give each question at most ${max} seconds.`),
  speedBonus: checkbox,
  allowGuests: checkbox,
});

export const hostCommandSchema = z.object({
  gameId: id("game"),
  command: z.enum(HOST_COMMANDS, { message: "Unknown game control." }),
});

export const removeLivePlayerSchema = z.object({ gameId: id("game"), playerId: id("player") });

export const joinLiveGameSchema = z.object({
  pin: z
    .string({ message: "Enter the 6-digit PIN shown on the screen." })
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit PIN shown on the screen.")),
  nickname: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .min(NICKNAME_LENGTH.min, `Pick a nickname of at least ${NICKNAME_LENGTH.min} characters.`)
      .max(NICKNAME_LENGTH.max, `Keep your nickname to ${NICKNAME_LENGTH.max} characters or fewer.`)
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} .'_-]*$/u, "Use letters, digits, spaces and . ' _ - only.")
      .optional(),
  ),
});

export const liveAnswerSchema = z
  .object({
    gameId: id("game"),
    roundId: id("question"),
    choiceId: z.string().max(64).optional(),
    text: z.string().trim().max(200, "Keep your answer under 200 characters.").optional(),
  })
  .refine((value) => Boolean(value.choiceId) || Boolean(value.text), {
    message: "Choose an answer first.",
    path: ["answer"],
  });
