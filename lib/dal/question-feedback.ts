import "server-only";
import { paragraphAround } from "@/lib/articles/paragraph";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a learner sees once they may know the answer: right or wrong, the key, the why and the source. */
export interface Feedback {
  /** False on the results page for a question the learner left blank. */
  answered: boolean;
  isCorrect: boolean;
  points: number;
  correctChoiceId: string | null;
  correctAnswers: string[];
  matchedAnswer: string | null;
  explanation: string;
  evidence: { text: string; paragraph: string; start: number; end: number } | null;
}

/** The question fields a learner sees plus its key: select this, then hand out only what `buildFeedback` allows. */
export const questionWithKeySelect = {
  id: true,
  type: true,
  prompt: true,
  explanation: true,
  acceptedAnswers: true,
  evidenceStart: true,
  evidenceEnd: true,
  evidenceText: true,
  choices: { select: { id: true, text: true, isCorrect: true }, orderBy: { position: "asc" } },
  // Each question's own article: a set may draw on several.
  article: { select: { text: true } },
} satisfies Prisma.QuestionSelect;

export interface QuestionWithKey {
  type: string;
  explanation: string;
  acceptedAnswers: string[];
  evidenceStart: number | null;
  evidenceEnd: number | null;
  evidenceText: string | null;
  choices: { id: string; text: string; isCorrect: boolean }[];
}

/** Feedback for one question, with the evidence sentence set in its paragraph of the article. */
export function buildFeedback(
  question: QuestionWithKey,
  articleText: string | undefined,
  answer: { isCorrect: boolean; points?: number; matchedAnswer: string | null } | null,
): Feedback {
  const hasEvidence = articleText !== undefined && question.evidenceStart !== null && question.evidenceEnd !== null;
  let evidence: Feedback["evidence"] = null;
  if (hasEvidence) {
    const paragraph = paragraphAround(articleText, question.evidenceStart!, question.evidenceEnd!);
    evidence = { text: question.evidenceText ?? "", paragraph: articleText.slice(paragraph.start, paragraph.end), start: question.evidenceStart!, end: question.evidenceEnd! };
  }
  return {
    answered: Boolean(answer),
    isCorrect: answer?.isCorrect ?? false,
    points: answer?.points ?? 0,
    correctChoiceId: question.choices.find((choice) => choice.isCorrect)?.id ?? null,
    correctAnswers: question.type === "FILL_IN" ? question.acceptedAnswers : question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.text),
    matchedAnswer: answer?.matchedAnswer ?? null,
    explanation: question.explanation,
    evidence,
  };
}
