/**
 * Classical item analysis for one assignment, from each student's scored attempt:
 * - facility: the share who got the question right (unanswered counts as wrong);
 * - discrimination: the point-biserial correlation between getting it right and the rest of the
 *   test score (total minus this item, so an item does not correlate with itself);
 * - how often each choice was picked, and distractors picked by under 5% flagged as not working.
 */
export interface ItemChoice {
  id: string;
  text: string;
  isCorrect: boolean;
}

export interface ItemQuestion {
  id: string;
  prompt: string;
  choices: ItemChoice[];
}

export interface ScoredAttempt {
  /** questionId → the answer given (absent when unanswered). */
  answers: Map<string, { choiceId: string | null; isCorrect: boolean }>;
}

export interface ChoiceStats extends ItemChoice {
  picked: number;
  share: number;
  notWorking: boolean;
}

export interface ItemStats {
  questionId: string;
  prompt: string;
  answered: number;
  correct: number;
  facility: number | null;
  discrimination: number | null;
  choices: ChoiceStats[];
}

export const NOT_WORKING_SHARE = 0.05;

/** Point-biserial r between a 0/1 item and a score; null when either does not vary. */
export function pointBiserial(item: number[], score: number[]): number | null {
  const n = item.length;
  if (n < 2) return null;
  const mean = score.reduce((sum, value) => sum + value, 0) / n;
  const sd = Math.sqrt(score.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n);
  const right = item.filter((value) => value === 1).length;
  if (sd === 0 || right === 0 || right === n) return null;
  const p = right / n;
  const meanRight = score.filter((_, index) => item[index] === 1).reduce((sum, value) => sum + value, 0) / right;
  const meanWrong = score.filter((_, index) => item[index] === 0).reduce((sum, value) => sum + value, 0) / (n - right);
  return ((meanRight - meanWrong) / sd) * Math.sqrt(p * (1 - p));
}

export function analyseItems(questions: ItemQuestion[], attempts: ScoredAttempt[]): ItemStats[] {
  const n = attempts.length;
  const totals = attempts.map((attempt) => [...attempt.answers.values()].filter((answer) => answer.isCorrect).length);
  return questions.map((question) => {
    const item = attempts.map((attempt) => (attempt.answers.get(question.id)?.isCorrect ? 1 : 0));
    const rest = totals.map((total, index) => total - item[index]!);
    const correct = item.reduce<number>((sum, value) => sum + value, 0);
    const answered = attempts.filter((attempt) => attempt.answers.has(question.id)).length;
    return {
      questionId: question.id,
      prompt: question.prompt,
      answered,
      correct,
      facility: n ? correct / n : null,
      discrimination: pointBiserial(item, rest),
      choices: question.choices.map((choice) => {
        const picked = attempts.filter((attempt) => attempt.answers.get(question.id)?.choiceId === choice.id).length;
        const share = n ? picked / n : 0;
        return { ...choice, picked, share, notWorking: n > 0 && !choice.isCorrect && share < NOT_WORKING_SHARE };
      }),
    };
  });
}

/** Scores in ten bands of 10 percentage points (the last includes 100%). */
export function scoreDistribution(percents: number[]): { band: string; students: number }[] {
  const bands = Array.from({ length: 10 }, (_, index) => ({
    band: `${index * 10}–${index === 9 ? 100 : index * 10 + 9}%`,
    students: 0,
  }));
  for (const percent of percents) bands[Math.min(9, Math.floor(Math.max(0, percent) / 10))]!.students++;
  return bands;
}
