/**
 * Feedback shown during an attempt must not answer the questions still to come. A short article puts
 * two questions on one sentence (each shows the other's answer masked: "replace [amount] in short-term
 * Treasurys (_____-years or less)"), and feedback quotes that sentence whole and its paragraph around
 * it. So until the learner has answered them, the sentences other questions rest on are hidden from the
 * paragraph, and their answers from what is quoted.
 */
import escapeStringRegexp from "escape-string-regexp";

/** A question of the same attempt and article that the learner has not answered yet. */
export interface PendingQuestion {
  evidenceStart: number | null;
  evidenceEnd: number | null;
  /** Its right answers as they would appear in the article ("$400 billion", "Ian Lyngen"). */
  answers: string[];
}

export interface QuotedFeedback {
  explanation: string;
  /** Offsets into the article text. */
  paragraph: { start: number; end: number };
  evidence: { start: number; end: number; text: string };
}

export const HIDDEN = "[hidden for now]";

/**
 * The paragraph, evidence and explanation with every pending question's sentence and answer hidden,
 * except what this question already showed the learner (`shown`: its prompt, choices and answer).
 */
export function withholdPendingAnswers(
  articleText: string,
  feedback: QuotedFeedback,
  shown: string,
  pending: PendingQuestion[],
): { explanation: string; paragraph: string; evidenceText: string; withheld: boolean } {
  const { paragraph, evidence } = feedback;
  // Other questions' sentences inside this paragraph, outside this question's own evidence.
  const hiddenSpans = pending
    .filter((question) => question.evidenceStart !== null && question.evidenceEnd !== null)
    .map((question) => ({ start: question.evidenceStart!, end: question.evidenceEnd! }))
    .filter(
      (span) =>
        span.start >= paragraph.start &&
        span.end <= paragraph.end &&
        (span.end <= evidence.start || span.start >= evidence.end),
    )
    .sort((a, b) => a.start - b.start);
  let paragraphText = "";
  let at = paragraph.start;
  for (const span of hiddenSpans) {
    if (span.start < at) continue;
    paragraphText += articleText.slice(at, span.start) + HIDDEN;
    at = span.end;
  }
  paragraphText += articleText.slice(at, paragraph.end);

  const hide = (text: string) => hidePendingAnswers(text, shown, pending);
  const explanation = hide(feedback.explanation);
  const evidenceText = hide(evidence.text);
  const paragraphShown = hide(paragraphText);
  return {
    explanation,
    paragraph: paragraphShown,
    evidenceText,
    withheld: hiddenSpans.length > 0 || explanation !== feedback.explanation || paragraphShown !== paragraphText,
  };
}

/**
 * `text` with every pending question's answer hidden, except what the learner was already shown. The
 * article's headline, shown with feedback, goes through this too: the quiz shows the set's title instead.
 */
export function hidePendingAnswers(text: string, shown: string, pending: PendingQuestion[]): string {
  const shownText = shown.toLowerCase();
  const answers = [...new Set(pending.flatMap((question) => question.answers).map((answer) => answer.trim()))]
    .filter((answer) => (answer.length >= 2 || /\d/.test(answer)) && !shownText.includes(answer.toLowerCase()))
    // Longest first, so "$400 billion" goes before a bare "400" would.
    .sort((a, b) => b.length - a.length);
  return answers.reduce(
    (hidden, answer) =>
      hidden.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(answer)}(?![\\p{L}\\p{N}])`, "giu"), HIDDEN),
    text,
  );
}
