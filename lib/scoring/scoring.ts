import { matchAnswer } from "@/lib/generation/answer-matching";

/**
 * Scoring rules, on the server only. One point per correct answer; with the speed bonus on, up to
 * half a point more for answering within 30 seconds, shrinking linearly to nothing at 30 s. A live
 * game gives the bonus over its own time per question (`windowMs`) instead.
 */
export const SPEED_BONUS_MAX = 0.5;
export const SPEED_BONUS_WINDOW_MS = 30_000;

export interface KeyedQuestion {
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";
  correctChoiceId?: string;
  acceptedAnswers: string[];
}

export type GivenAnswer = { choiceId: string } | { text: string };

export interface Judgement {
  isCorrect: boolean;
  /** For typed answers: the accepted form it matched. */
  matched?: string;
}

export function judgeAnswer(question: KeyedQuestion, given: GivenAnswer): Judgement {
  if ("text" in given) {
    const matched = matchAnswer(given.text, question.acceptedAnswers);
    return matched ? { isCorrect: true, matched } : { isCorrect: false };
  }
  return { isCorrect: given.choiceId === question.correctChoiceId };
}

export function pointsFor(
  judgement: Judgement,
  options: { speedBonus: boolean; elapsedMs?: number | null; windowMs?: number },
): number {
  if (!judgement.isCorrect) return 0;
  if (!options.speedBonus || options.elapsedMs == null) return 1;
  const elapsed = Math.max(0, options.elapsedMs);
  const bonus = SPEED_BONUS_MAX * Math.max(0, 1 - elapsed / (options.windowMs ?? SPEED_BONUS_WINDOW_MS));
  return Math.round((1 + bonus) * 100) / 100;
}

export function maxPoints(questionCount: number, speedBonus: boolean): number {
  return questionCount * (speedBonus ? 1 + SPEED_BONUS_MAX : 1);
}

/**
 * Where a score stands among all finished attempts (including this one): the share of attempts
 * below it plus half the ties, as a whole percentage. 50 when it is the only attempt.
 */
export function percentile(score: number, allScores: readonly number[]): number {
  return percentileFromCounts(
    allScores.filter((other) => other < score).length,
    allScores.filter((other) => other === score).length,
    allScores.length,
  );
}

/** The same, from counts the database can give without reading every attempt. */
export function percentileFromCounts(below: number, ties: number, total: number): number {
  if (total === 0) return 50;
  return Math.round(((below + ties / 2) / total) * 100);
}
