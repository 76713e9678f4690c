import { describe, expect, it } from "vitest";
import { judgeAnswer, maxPoints, percentile, pointsFor } from "@/lib/scoring/scoring";

describe("judging answers", () => {
  it("compares a chosen option with the key", () => {
    const question = { type: "MULTIPLE_CHOICE" as const, correctChoiceId: "c2", acceptedAnswers: [] };
    expect(judgeAnswer(question, { choiceId: "c2" })).toEqual({ isCorrect: true });
    expect(judgeAnswer(question, { choiceId: "c1" })).toEqual({ isCorrect: false });
  });

  it("matches typed answers tolerantly and reports the matched form", () => {
    const question = { type: "FILL_IN" as const, acceptedAnswers: ["United States"] };
    expect(judgeAnswer(question, { text: "the U.S." })).toEqual({ isCorrect: true, matched: "United States" });
    expect(judgeAnswer(question, { text: "Canada" })).toEqual({ isCorrect: false });
  });
});

describe("points (hand-computed)", () => {
  const right = { isCorrect: true };
  const wrong = { isCorrect: false };
  it("gives one point per correct answer without the speed bonus", () => {
    expect(pointsFor(right, { speedBonus: false, elapsedMs: 1000 })).toBe(1);
    expect(pointsFor(wrong, { speedBonus: false })).toBe(0);
  });
  it("adds up to half a point for speed, shrinking to nothing at 30 s", () => {
    expect(pointsFor(right, { speedBonus: true, elapsedMs: 0 })).toBe(1.5);
    expect(pointsFor(right, { speedBonus: true, elapsedMs: 15_000 })).toBe(1.25);
    expect(pointsFor(right, { speedBonus: true, elapsedMs: 6_000 })).toBe(1.4);
    expect(pointsFor(right, { speedBonus: true, elapsedMs: 45_000 })).toBe(1);
    expect(pointsFor(wrong, { speedBonus: true, elapsedMs: 0 })).toBe(0);
  });
  it("knows the maximum", () => {
    expect(maxPoints(6, false)).toBe(6);
    expect(maxPoints(6, true)).toBe(9);
  });
});

describe("percentile among finished attempts (hand-computed)", () => {
  it("counts those below plus half the ties", () => {
    // scores 2, 4, 4, 5, 6: a 4 has one below and two ties (itself included) → (1 + 1) / 5 = 40%.
    expect(percentile(4, [2, 4, 4, 5, 6])).toBe(40);
    expect(percentile(6, [2, 4, 4, 5, 6])).toBe(90);
    expect(percentile(2, [2, 4, 4, 5, 6])).toBe(10);
  });
  it("puts a lone attempt in the middle", () => {
    expect(percentile(3, [3])).toBe(50);
    expect(percentile(3, [])).toBe(50);
  });
});
