import { describe, expect, it } from "vitest";
import { quantityDistractors } from "@/lib/generation/distractors";
import { organizationDistractors } from "@/lib/generation/distractors";
import { extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";
import { PRODUCT_NAMED } from "@/lib/generation/candidates/blank-checks";

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

const UTILITIES = ["Enel", "EDF", "Iberdrola", "Engie", "Duke Energy"];
const story = (title: string, text: string) => ({ title, text, publishedAt: "2017-04-20" });

describe("a power company, a phone's maker and a distance to the finish (judged round 9)", () => {
  it("'power company _____' takes power companies, and power companies stand in for no other trade", () => {
    const evidence =
      "The $16 billion offering ranks third in size for a U.S. company, sitting between power company Enel at No. 2 and General Motors at No. 4.";
    const facts = extractFacts(evidence, "2012-05-18");
    const enel = facts.entities.get("Enel");
    expect(enel?.type).toBe("organization");
    const { options } = organizationDistractors(facts, enel!, evidence, "a");
    expect(options).toHaveLength(3);
    for (const option of options) expect(UTILITIES).toContain(option);
    const airline = "The plane was an Emirates flight from Dubai that landed in Perth on Monday after a bomb threat.";
    const airlineFacts = extractFacts(airline, "2012-05-18");
    for (const seed of "abcdefghijkl") {
      const picked = organizationDistractors(airlineFacts, airlineFacts.entities.get("Emirates")!, airline, seed);
      for (const option of picked.options) expect(UTILITIES).not.toContain(option);
    }
  });

  it("'as on the _____ S8' is not asked: the model names its maker", () => {
    const text =
      "The new phone unlocks with a face scan, as on the Samsung S8, and goes on sale in Seoul on Friday for about $950.";
    const result = generateQuestions(story("Phone unlocks with a face scan", text), { count: 20 });
    expect(result.questions.some((question) => question.prompt.includes("_____ S8"))).toBe(false);
    const dropped = result.dropped.filter((candidate) => candidate.prompt.includes("_____ S8"));
    expect(dropped.flatMap((candidate) => candidate.reasons)).toContain(PRODUCT_NAMED);
  });

  it("'with roughly 20 m to go' is not asked: how far from the line a move came is no fact of the race", () => {
    const text =
      "Kipchoge pulled clear with roughly 20 m to go and won the Berlin Marathon in 2:01:09 on Sunday, ahead of Mark Korir.";
    const result = generateQuestions(story("Kipchoge wins in Berlin", text), { count: 20 });
    expect(result.questions.some((question) => /with roughly _____ m to go/.test(question.prompt))).toBe(false);
  });
});
