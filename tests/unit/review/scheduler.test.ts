import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from "ts-fsrs";
import {
  cardStateFromJson,
  cardStateToJson,
  newCardState,
  previewDueDates,
  scheduleReview,
  type ReviewRating,
} from "@/lib/review/scheduler";

const t0 = new Date("2026-01-05T09:00:00Z");
const minutesAfter = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;
const GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** Reviews each rating on the day it falls due, and returns every due date. */
function run(sequence: ReviewRating[]): Date[] {
  let card = newCardState(t0);
  let now = t0;
  const dues: Date[] = [];
  for (const rating of sequence) {
    card = scheduleReview(card, rating, now);
    dues.push(card.due);
    now = card.due;
  }
  return dues;
}

/** The same sequence straight through ts-fsrs, as the reference. */
function reference(sequence: ReviewRating[]): Date[] {
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
  let card = createEmptyCard(t0);
  let now = t0;
  const dues: Date[] = [];
  for (const rating of sequence) {
    card = scheduler.next(card, now, GRADE[rating]).card;
    dues.push(card.due);
    now = card.due;
  }
  return dues;
}

describe("FSRS scheduling", () => {
  it("makes a new card due at once", () => {
    expect(newCardState(t0).due).toEqual(t0);
    expect(newCardState(t0).reps).toBe(0);
  });

  it("offers the learning steps for a new card: again 1 min, hard 6 min, good 10 min, easy 8 days", () => {
    const preview = previewDueDates(newCardState(t0), t0);
    expect(minutesAfter(t0, preview.again)).toBe(1);
    expect(minutesAfter(t0, preview.hard)).toBe(6);
    expect(minutesAfter(t0, preview.good)).toBe(10);
    expect(minutesAfter(t0, preview.easy)).toBe(8 * 24 * 60);
  });

  it("gives growing intervals for good, good, good and brings a lapse back in ten minutes", () => {
    const dues = run(["good", "good", "good", "again", "good"]);
    expect(dues.map((due) => due.toISOString())).toEqual([
      "2026-01-05T09:10:00.000Z",
      "2026-01-07T09:10:00.000Z",
      "2026-01-18T09:10:00.000Z",
      "2026-01-18T09:20:00.000Z",
      "2026-01-20T09:20:00.000Z",
    ]);
  });

  it.each<[string, ReviewRating[]]>([
    ["all good", ["good", "good", "good", "good", "good"]],
    ["easy start", ["easy", "good", "easy", "hard"]],
    ["struggling", ["again", "again", "hard", "good", "again", "good"]],
    ["hard then easy", ["hard", "hard", "good", "easy", "easy"]],
  ])("matches ts-fsrs exactly for %s", (_name, sequence) => {
    expect(run(sequence)).toEqual(reference(sequence));
  });

  it("round-trips a card through the JSON kept in the review log", () => {
    const card = scheduleReview(scheduleReview(newCardState(t0), "good", t0), "good", new Date("2026-01-05T09:10:00Z"));
    expect(cardStateFromJson(JSON.parse(JSON.stringify(cardStateToJson(card))))).toEqual(card);
  });
});
