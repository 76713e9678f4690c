import { describe, expect, it } from "vitest";
import { currentStreak, dayKey, masteryStatus, reviewsPerDay, topicMastery } from "@/lib/review/progress";

describe("days and streaks", () => {
  it("counts a late-evening review on the learner's own calendar day", () => {
    const lateInNewYork = new Date("2026-03-10T03:30:00Z");
    expect(dayKey(lateInNewYork, "America/New_York")).toBe("2026-03-09");
    expect(dayKey(lateInNewYork, "UTC")).toBe("2026-03-10");
  });

  it("counts consecutive active days up to today", () => {
    expect(currentStreak(["2026-03-08", "2026-03-09", "2026-03-10"], "2026-03-10")).toBe(3);
  });

  it("keeps yesterday's streak alive until today is over", () => {
    expect(currentStreak(["2026-03-08", "2026-03-09"], "2026-03-10")).toBe(2);
  });

  it("resets after a missed day, across a month boundary too", () => {
    expect(currentStreak(["2026-02-27", "2026-03-01", "2026-03-02"], "2026-03-02")).toBe(2);
    expect(currentStreak(["2026-02-28", "2026-03-01"], "2026-03-01")).toBe(2);
    expect(currentStreak(["2026-03-07"], "2026-03-10")).toBe(0);
  });
});

describe("reviews per day", () => {
  it("buckets reviews into the last days with the share recalled", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const days = reviewsPerDay(
      [
        { reviewedAt: new Date("2026-03-10T08:00:00Z"), isCorrect: true },
        { reviewedAt: new Date("2026-03-10T09:00:00Z"), isCorrect: false },
        { reviewedAt: new Date("2026-03-09T09:00:00Z"), isCorrect: true },
        { reviewedAt: new Date("2026-01-01T09:00:00Z"), isCorrect: true },
      ],
      now,
      "UTC",
      7,
    );
    expect(days).toHaveLength(7);
    expect(days[0]!.day).toBe("2026-03-04");
    expect(days.at(-1)).toEqual({ day: "2026-03-10", reviews: 2, recalled: 1, retention: 50 });
    expect(days.at(-2)).toEqual({ day: "2026-03-09", reviews: 1, recalled: 1, retention: 100 });
    expect(days[0]!.retention).toBeNull();
  });
});

describe("topic mastery", () => {
  it("needs three answers and 80% to call a topic mastered; under 60% is weak", () => {
    expect(masteryStatus(3, 3)).toBe("mastered");
    expect(masteryStatus(2, 2)).toBe("learning");
    expect(masteryStatus(5, 4)).toBe("mastered");
    expect(masteryStatus(5, 3)).toBe("learning");
    expect(masteryStatus(2, 1)).toBe("weak");
  });

  it("lists the weakest topics first", () => {
    const topics = topicMastery([
      { topics: ["person:Wang Yi", "place:Russia"], isCorrect: true },
      { topics: ["person:Wang Yi"], isCorrect: true },
      { topics: ["person:Wang Yi"], isCorrect: true },
      { topics: ["place:Russia"], isCorrect: false },
      { topics: ["organization:NATO"], isCorrect: false },
    ]);
    expect(topics.map((topic) => [topic.name, topic.kind, topic.accuracy, topic.status])).toEqual([
      ["NATO", "organization", 0, "weak"],
      ["Russia", "place", 50, "weak"],
      ["Wang Yi", "person", 100, "mastered"],
    ]);
  });
});
