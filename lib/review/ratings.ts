/** The four FSRS grades, as learners see them. Kept apart from the scheduler so the browser needs no ts-fsrs. */
export type ReviewRating = "again" | "hard" | "good" | "easy";

export const RATINGS: readonly ReviewRating[] = ["again", "hard", "good", "easy"];

export const RATING_LABEL: Record<ReviewRating, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };
