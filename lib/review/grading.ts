import type { ReviewRating } from "./ratings";

/**
 * The rating a review gets when the learner does not choose one: a miss is "again"; a right
 * answer is "hard", "good" or "easy" by how long it took against the time a careful reader needs
 * for this question (about four words a second plus a few seconds to think).
 */
export function suggestRating({
  isCorrect,
  elapsedMs,
  words,
}: {
  isCorrect: boolean;
  elapsedMs: number | null;
  words: number;
}): ReviewRating {
  if (!isCorrect) return "again";
  if (elapsedMs === null) return "good";
  const expectedMs = 4000 + words * 250;
  if (elapsedMs > expectedMs * 2) return "hard";
  if (elapsedMs < expectedMs * 0.6) return "easy";
  return "good";
}

/** "in 10 minutes", "in 3 days", "in 2 months": how far away a due date is, in words. */
export function describeInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} ${hours === 1 ? "hour" : "hours"}`;
  const days = Math.round(hours / 24);
  if (days < 31) return `in ${days} ${days === 1 ? "day" : "days"}`;
  const months = Math.round(days / 30);
  if (months < 12) return `in ${months} ${months === 1 ? "month" : "months"}`;
  const years = Math.round(days / 365);
  return `in ${years} ${years === 1 ? "year" : "years"}`;
}
