import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import { RATINGS, type ReviewRating } from "./ratings";

/**
 * Spaced repetition with FSRS (ts-fsrs). A card's state is kept as plain columns (`CardState`)
 * so storage needs no ts-fsrs types; these functions convert at the edge. Fuzz is off so the
 * same history always gives the same due date (predictable for learners, testable for us).
 */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export type { ReviewRating } from "./ratings";

const TO_GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export const ratingNumber = (rating: ReviewRating): number => TO_GRADE[rating];
export const ratingFromNumber = (value: number): ReviewRating => RATINGS[value - 1] ?? "again";

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toCard(state: CardState): Card {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview ? { last_review: state.lastReview } : {}),
  };
}

function fromCard(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** A card for a newly missed question: due at once. */
export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now));
}

/** The card after a review with this rating at `now`. */
export function scheduleReview(state: CardState, rating: ReviewRating, now: Date): CardState {
  return fromCard(scheduler.next(toCard(state), now, TO_GRADE[rating]).card);
}

/** When the card would next be due for each rating, shown on the rating buttons. */
export function previewDueDates(state: CardState, now: Date): Record<ReviewRating, Date> {
  const preview = scheduler.repeat(toCard(state), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** Serialises a card state for the review log (dates as ISO strings) and back. */
export function cardStateToJson(state: CardState): Record<string, string | number | null> {
  return { ...state, due: state.due.toISOString(), lastReview: state.lastReview?.toISOString() ?? null };
}

export function cardStateFromJson(json: unknown): CardState {
  const value = json as Record<string, string | number | null>;
  return {
    due: new Date(String(value.due)),
    stability: Number(value.stability),
    difficulty: Number(value.difficulty),
    elapsedDays: Number(value.elapsedDays),
    scheduledDays: Number(value.scheduledDays),
    learningSteps: Number(value.learningSteps),
    reps: Number(value.reps),
    lapses: Number(value.lapses),
    state: Number(value.state),
    lastReview: value.lastReview ? new Date(String(value.lastReview)) : null,
  };
}
