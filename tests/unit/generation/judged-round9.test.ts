import { describe, expect, it } from "vitest";
import { quantityDistractors } from "@/lib/generation/distractors";

// Short invented excerpts for the rules written from judged round 9 (docs/judging/2026-12-06-round9/).
const figure = (option: string) => Number(option.replace(/[^\d.]/g, ""));

describe("a figure that moved from a stated start (judged round 9)", () => {
  it("'147,899 passed, up from 141,257' takes stand-ins that are rises of a like size, not 186,243 to 301,275", () => {
    const evidence = "Still, 147,899 students passed Highers in 2014, up from 141,257 last year, the body said.";
    for (const seed of ["a", "b", "c"]) {
      const { options } = quantityDistractors("147,899", evidence, seed);
      expect(options).toHaveLength(3);
      for (const option of options) {
        expect(option).toMatch(/^\d{3},\d{3}$/);
        expect(figure(option)).toBeGreaterThan(141_257);
        expect(figure(option)).toBeLessThan(141_257 + 3 * 6_642);
      }
    }
  });

  it("'fell to 73.2 per cent from 77.8' takes falls of a like size, not 53.2 per cent", () => {
    const evidence =
      "At Intermediate 1 the pass rate fell to 73.2 per cent from 77.8 per cent last year, the body said.";
    const { options } = quantityDistractors("73.2 per cent", evidence, "a");
    expect(options).toHaveLength(3);
    for (const option of options) {
      expect(option).toMatch(/^\d\d\.\d per cent$/);
      expect(figure(option)).toBeLessThan(77.8);
      expect(figure(option)).toBeGreaterThan(64);
    }
  });

  it("'down from 303' after 'needed for a majority and' is the seats' fall, not the majority's", () => {
    const evidence =
      "The BJP won 240 seats, short of the 272 needed for a majority and down from 303 in 2019, officials said.";
    const { options } = quantityDistractors("272", evidence, "a");
    expect(options.some((option) => figure(option) > 303)).toBe(true);
  });
});
