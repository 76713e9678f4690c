import "server-only";
import { paragraphAround } from "@/lib/articles/paragraph";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hidePendingAnswers, withholdPendingAnswers, type PendingQuestion } from "@/lib/scoring/withhold";

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
  /** Parts of the quote are hidden because they answer questions the learner has not answered yet. */
  withheld: boolean;
  /** The article's headline, once this answer is given (with what answers questions still to come hidden). */
  headline?: string;
}

/**
 * The question fields a learner sees plus its key: select this, then hand out only what `buildFeedback`
 * allows. The article's text is not in it: callers load it only for the feedback they show.
 */
export const questionWithKeySelect = {
  id: true,
  type: true,
  prompt: true,
  explanation: true,
  acceptedAnswers: true,
  evidenceStart: true,
  evidenceEnd: true,
  evidenceText: true,
  articleId: true,
  choices: { select: { id: true, text: true, isCorrect: true }, orderBy: { position: "asc" } },
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

const correctAnswersOf = (question: Pick<QuestionWithKey, "type" | "acceptedAnswers" | "choices">) =>
  question.type === "FILL_IN"
    ? question.acceptedAnswers
    : question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.text);

/** A question not answered yet, as `buildFeedback` hides it: its sentence and its answers as the article words them. */
export function pendingQuestion(
  question: Pick<QuestionWithKey, "type" | "acceptedAnswers" | "choices" | "evidenceStart" | "evidenceEnd">,
): PendingQuestion {
  return {
    evidenceStart: question.evidenceStart,
    evidenceEnd: question.evidenceEnd,
    answers: question.type === "TRUE_FALSE" ? [] : correctAnswersOf(question),
  };
}

/**
 * Feedback for one question, with the evidence sentence set in its paragraph of the article. During an
 * attempt, `withhold` lists the questions on the same article not answered yet (what would answer them
 * is hidden from the quote until they are) and what the page already shows (the set's title); `headline`,
 * the article's, comes back with the same answers hidden.
 */
export function buildFeedback(
  question: QuestionWithKey & { prompt?: string },
  articleText: string | undefined,
  answer: { isCorrect: boolean; points?: number; matchedAnswer: string | null } | null,
  withhold: { pending: PendingQuestion[]; onPage: string; headline?: string | null } = { pending: [], onPage: "" },
): Feedback {
  let explanation = question.explanation;
  let evidence: Feedback["evidence"] = null;
  let withheld = false;
  const shown = [
    withhold.onPage,
    question.prompt ?? "",
    ...question.choices.map((choice) => choice.text),
    ...question.acceptedAnswers,
  ].join("\n");
  if (articleText !== undefined && question.evidenceStart !== null && question.evidenceEnd !== null) {
    const span = { start: question.evidenceStart, end: question.evidenceEnd, text: question.evidenceText ?? "" };
    const paragraph = paragraphAround(articleText, span.start, span.end);
    evidence = {
      text: span.text,
      paragraph: articleText.slice(paragraph.start, paragraph.end),
      start: span.start,
      end: span.end,
    };
    if (withhold.pending.length) {
      const quoted = withholdPendingAnswers(
        articleText,
        { explanation, paragraph, evidence: span },
        shown,
        withhold.pending,
      );
      ({ explanation, withheld } = quoted);
      evidence = { ...evidence, text: quoted.evidenceText, paragraph: quoted.paragraph };
    }
  }
  return {
    answered: Boolean(answer),
    isCorrect: answer?.isCorrect ?? false,
    points: answer?.points ?? 0,
    correctChoiceId: question.choices.find((choice) => choice.isCorrect)?.id ?? null,
    correctAnswers: correctAnswersOf(question),
    matchedAnswer: answer?.matchedAnswer ?? null,
    explanation,
    evidence,
    withheld,
    ...(withhold.headline ? { headline: hidePendingAnswers(withhold.headline, shown, withhold.pending) } : {}),
  };
}
