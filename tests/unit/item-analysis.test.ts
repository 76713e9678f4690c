import { describe, expect, it } from "vitest";
import { analyseItems, pointBiserial, scoreDistribution, type ScoredAttempt } from "@/lib/scoring/item-analysis";

/*
 * Hand-computed example: four students, three questions.
 *            Q1 (key a)  Q2 (key x)  Q3 (key m)   total
 *   Ann      a  ✓        x  ✓        m  ✓         3
 *   Ben      a  ✓        y  ✗        m  ✓         2
 *   Cat      b  ✗        x  ✓        —  ✗         1
 *   Dan      b  ✗        y  ✗        n  ✗         0
 *
 * Q1: facility 2/4 = 0.5. Rest scores (total − Q1): Ann 2, Ben 1, Cat 1, Dan 0.
 *     mean 1, population SD = sqrt(((1)² + 0 + 0 + (−1)²)/4) = sqrt(0.5) ≈ 0.7071.
 *     mean rest of those right (Ann, Ben) = 1.5; of those wrong (Cat, Dan) = 0.5.
 *     r = (1.5 − 0.5)/0.7071 × sqrt(0.5 × 0.5) = 1.4142 × 0.5 ≈ 0.7071.
 * Q2: facility 0.5. Rest (total − Q2): Ann 2, Ben 2, Cat 0, Dan 0: mean 1, SD 1.
 *     right (Ann, Cat) mean 1; wrong (Ben, Dan) mean 1 → r = 0.
 * Q3: facility 0.5; Cat left it blank. Rest: Ann 2, Ben 1, Cat 1, Dan 0 → same as Q1, r ≈ 0.7071.
 * Q1's distractors: b picked by 2/4 = 50%; c and d by 0% → not working.
 */
const questions = [
  {
    id: "q1",
    prompt: "Q1",
    choices: [
      { id: "a", text: "A", isCorrect: true },
      { id: "b", text: "B", isCorrect: false },
      { id: "c", text: "C", isCorrect: false },
      { id: "d", text: "D", isCorrect: false },
    ],
  },
  {
    id: "q2",
    prompt: "Q2",
    choices: [
      { id: "x", text: "X", isCorrect: true },
      { id: "y", text: "Y", isCorrect: false },
    ],
  },
  {
    id: "q3",
    prompt: "Q3",
    choices: [
      { id: "m", text: "M", isCorrect: true },
      { id: "n", text: "N", isCorrect: false },
    ],
  },
];
const attempt = (answers: [string, string | null, boolean][]): ScoredAttempt => ({
  answers: new Map(answers.map(([question, choiceId, isCorrect]) => [question, { choiceId, isCorrect }])),
});
const attempts = [
  attempt([
    ["q1", "a", true],
    ["q2", "x", true],
    ["q3", "m", true],
  ]),
  attempt([
    ["q1", "a", true],
    ["q2", "y", false],
    ["q3", "m", true],
  ]),
  attempt([
    ["q1", "b", false],
    ["q2", "x", true],
  ]),
  attempt([
    ["q1", "b", false],
    ["q2", "y", false],
    ["q3", "n", false],
  ]),
];

describe("item analysis on a hand-computed example", () => {
  const stats = analyseItems(questions, attempts);

  it("computes facility as the share right, counting a blank as wrong", () => {
    expect(stats.map((item) => item.facility)).toEqual([0.5, 0.5, 0.5]);
    expect(stats[2]!.answered).toBe(3);
  });

  it("computes discrimination as the point-biserial against the rest score", () => {
    expect(stats[0]!.discrimination).toBeCloseTo(0.7071, 4);
    expect(stats[1]!.discrimination).toBeCloseTo(0, 10);
    expect(stats[2]!.discrimination).toBeCloseTo(0.7071, 4);
  });

  it("counts each choice and flags distractors picked by under 5%", () => {
    expect(stats[0]!.choices.map((choice) => [choice.id, choice.picked, choice.share, choice.notWorking])).toEqual([
      ["a", 2, 0.5, false],
      ["b", 2, 0.5, false],
      ["c", 0, 0, true],
      ["d", 0, 0, true],
    ]);
  });

  it("has no discrimination when everyone or no one gets it right, or scores do not vary", () => {
    expect(pointBiserial([1, 1, 1], [3, 2, 1])).toBeNull();
    expect(pointBiserial([1, 0, 1], [2, 2, 2])).toBeNull();
    expect(pointBiserial([1], [1])).toBeNull();
  });

  it("bands scores in tens, with 100% in the top band", () => {
    const bands = scoreDistribution([100, 95, 50, 0, 49]);
    expect(bands[9]).toEqual({ band: "90–100%", students: 2 });
    expect(bands[5]!.students).toBe(1);
    expect(bands[4]!.students).toBe(1);
    expect(bands[0]!.students).toBe(1);
  });
});
