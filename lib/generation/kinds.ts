import type { QuestionKind } from "./types";

/** Every question kind, in the order a picker shows them, with the words people see. */
export const QUESTION_KINDS = [
  "who",
  "role",
  "who-said",
  "where",
  "when",
  "how-many",
  "which-organization",
  "what-happened",
  "true-false",
  "fill-in",
] as const satisfies readonly QuestionKind[];

export const KIND_LABELS: Record<QuestionKind, string> = {
  who: "Who",
  role: "What role",
  "who-said": "Who said it",
  where: "Where",
  when: "When",
  "how-many": "How many / how much",
  "which-organization": "Which organisation",
  "what-happened": "What happened",
  "true-false": "True or false",
  "fill-in": "Fill in the blank",
};

/** How each kind is stored and played: most are multiple choice. */
export const STORED_QUESTION_TYPE: Record<QuestionKind, "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID"> = {
  who: "MULTIPLE_CHOICE",
  role: "MULTIPLE_CHOICE",
  where: "MULTIPLE_CHOICE",
  when: "MULTIPLE_CHOICE",
  "how-many": "MULTIPLE_CHOICE",
  "which-organization": "MULTIPLE_CHOICE",
  "what-happened": "MULTIPLE_CHOICE",
  "who-said": "WHO_SAID",
  "true-false": "TRUE_FALSE",
  "fill-in": "FILL_IN",
};
