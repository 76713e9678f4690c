import { db } from "@/lib/db";
import type { makeUser } from "../setup/factories";

export type User = Awaited<ReturnType<typeof makeUser>>;

/** A three-question set (choice, typed, true/false) whose explanations are easy to spot in anything sent. */
export async function makeLiveSet(ownerId: string, options: { status?: "DRAFT" | "PUBLISHED" } = {}) {
  return db().questionSet.create({
    data: {
      title: "Live quiz",
      status: options.status ?? "PUBLISHED",
      publishedAt: new Date(),
      ownerId,
      questions: {
        create: [
          {
            position: 0,
            type: "MULTIPLE_CHOICE",
            prompt: "Which city is the capital?",
            explanation: "SECRET-EXPLANATION-ONE",
            choices: {
              create: [
                { position: 0, text: "Moscow", isCorrect: true },
                { position: 1, text: "Kyiv" },
                { position: 2, text: "Minsk" },
                { position: 3, text: "Riga" },
              ],
            },
          },
          {
            position: 1,
            type: "FILL_IN",
            prompt: "Which country?",
            explanation: "SECRET-EXPLANATION-TWO",
            acceptedAnswers: ["United States"],
          },
          {
            position: 2,
            type: "TRUE_FALSE",
            prompt: "True or false: the sky is green.",
            explanation: "SECRET-EXPLANATION-THREE",
            choices: {
              create: [
                { position: 0, text: "True" },
                { position: 1, text: "False", isCorrect: true },
              ],
            },
          },
        ],
      },
    },
    select: { id: true },
  });
}
