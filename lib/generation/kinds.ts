import type { QuestionKind } from "./types";

/** Every question kind, in the order a picker shows them, with the words people see. */
export const QUESTION_KINDS = ["who", "role", "who-said", "where", "when", "how-many", "which-organization", "true-false", "fill-in"] as const satisfies readonly QuestionKind[];

export const KIND_LABELS: Record<QuestionKind, string> = {
  who: "Who",
  role: "What role",
  "who-said": "Who said it",
  where: "Where",
  when: "When",
  "how-many": "How many / how much",
  "which-organization": "Which organisation",
  "true-false": "True or false",
  "fill-in": "Fill in the blank",
};
