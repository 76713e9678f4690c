import { describe, expect, it } from "vitest";
import { describeInterval, suggestRating } from "@/lib/review/grading";

describe("suggested rating", () => {
  // 20 words: a careful reader needs about 4 s + 20 × 0.25 s = 9 s.
  const words = 20;
  it("is again for a wrong answer, however fast", () => {
    expect(suggestRating({ isCorrect: false, elapsedMs: 1000, words })).toBe("again");
  });
  it("is easy for a right answer well under the reading time", () => {
    expect(suggestRating({ isCorrect: true, elapsedMs: 4000, words })).toBe("easy");
  });
  it("is good for a right answer in about the reading time", () => {
    expect(suggestRating({ isCorrect: true, elapsedMs: 9000, words })).toBe("good");
  });
  it("is hard for a right answer that took more than twice the reading time", () => {
    expect(suggestRating({ isCorrect: true, elapsedMs: 19_000, words })).toBe("hard");
  });
  it("is good when the time is unknown", () => {
    expect(suggestRating({ isCorrect: true, elapsedMs: null, words })).toBe("good");
  });
});

describe("intervals in words", () => {
  const from = new Date("2026-01-01T00:00:00Z");
  const after = (ms: number) => describeInterval(from, new Date(from.getTime() + ms));
  it("reads like a person would say it", () => {
    expect(after(60_000)).toBe("in 1 minute");
    expect(after(10 * 60_000)).toBe("in 10 minutes");
    expect(after(3 * 3_600_000)).toBe("in 3 hours");
    expect(after(86_400_000)).toBe("in 1 day");
    expect(after(11 * 86_400_000)).toBe("in 11 days");
    expect(after(90 * 86_400_000)).toBe("in 3 months");
    expect(after(800 * 86_400_000)).toBe("in 2 years");
  });
});
