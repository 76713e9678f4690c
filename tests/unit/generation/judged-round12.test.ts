import { describe, expect, it } from "vitest";
import { organizationDistractors } from "@/lib/generation/distractors";
import { acceptable } from "@/lib/generation/distractors/pick";
import { datelineLength, datelinePlacesOf, extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";

// Short invented excerpts for the rules of the eighth session on #17: what judged round 12 refused
// (docs/judging/2026-12-06-round12/) and lead facts the development pastes left unasked.
const prompts = (title: string, text: string) =>
  generateQuestions({ title, text, publishedAt: "2019-07-25" }).questions.map((question) => question.prompt);

describe("a body named by its kind", () => {
  it("'The commission began its probe …' in a story that names one commission asks 'The [Federal Trade Commission] began …'", () => {
    const text = [
      "Regulators in Washington have fined the social network Brightbook $5 billion over its handling of user data.",
      "It is the biggest penalty the Federal Trade Commission has imposed on a technology company.",
      "Brightbook said it would pay the fine and change how it oversees privacy across its apps.",
      "The commission began its probe after it came to light that Datacrest, a data mining firm, had collected information on up to 87 million Brightbook users.",
      "Shares in Brightbook rose 2 percent in New York after the settlement was announced.",
    ].join("\n\n");
    const named = prompts("Brightbook fined over privacy", text).filter((prompt) =>
      prompt.includes("The [Federal Trade Commission] began its probe"),
    );
    expect(named.length).toBeGreaterThan(0);
  });

  it("leaves 'the commission' unnamed where the article names two commissions", () => {
    const text = [
      "Regulators in Washington have fined the social network Brightbook $5 billion over its handling of user data.",
      "It is the biggest penalty the Federal Trade Commission has imposed on a technology company.",
      "The European Commission is running an inquiry of its own into the same data.",
      "The commission began its probe after it came to light that Datacrest, a data mining firm, had collected information on up to 87 million Brightbook users.",
      "Shares in Brightbook rose 2 percent in New York after the settlement was announced.",
    ].join("\n\n");
    const prompts_ = prompts("Brightbook fined over privacy", text);
    expect(prompts_.some((prompt) => prompt.includes("The commission began its probe"))).toBe(false);
    expect(prompts_.some((prompt) => prompt.includes("Commission] began its probe"))).toBe(false);
  });
});

describe("a ministry named by its portfolio", () => {
  const facts = extractFacts(
    "The Health Ministry says it has recorded four fresh Ebola infections and seven deaths over the past two days.",
  );
  const ministry = facts.entities.get("Health Ministry")!;

  it("'The Health Ministry says …' takes the same government's other ministries as stand-ins", () => {
    const { options } = organizationDistractors(facts, ministry, facts.sentences[0]!.text, "a");
    expect(options).toHaveLength(3);
    for (const option of options) expect(option).toMatch(/^(?!Health)[A-Z][a-z]+ Ministry$/);
  });

  it("'Finance Ministry' is no name already shown because the sentence says 'Ministry'", () => {
    expect(acceptable("Finance Ministry", "Health Ministry", facts.sentences[0]!.text.toLowerCase())).toBe(true);
  });
});

describe("a dateline with the country in square brackets", () => {
  it("'Manchester [UK], July 27 (ANI): …' is a dateline, cut from the stem, and names Manchester and the UK", () => {
    const lead =
      "Manchester [UK], July 27 (ANI): Irfan Pathan, the former all-rounder, praised the captain after his fourth hundred.";
    expect(lead.slice(datelineLength(lead))).toMatch(/^Irfan Pathan/);
    const facts = extractFacts(`${lead}\n\nThe captain made 103 on the last day of the fourth Test at Old Trafford.`);
    expect([...datelinePlacesOf(facts)]).toEqual(expect.arrayContaining(["manchester", "uk"]));
  });
});

describe("a count that leans on another sentence (judged round 12)", () => {
  it("'In the last _____ years, hardly anyone said much about this last milestone' is not asked", () => {
    const text = [
      "Two more medals on Tuesday night bring the swimmer Michael Phelps to 19 Olympic medals, more than anyone in history.",
      "In the last four years, hardly anyone said much about this last milestone.",
      "Phelps won six medals in London, four of them gold, before retiring from the sport.",
    ].join("\n\n");
    const prompts_ = prompts("Phelps makes history", text);
    expect(prompts_.some((prompt) => prompt.includes("this last milestone"))).toBe(false);
  });
});

describe("more of what judged round 12 refused (both judges)", () => {
  const text = [
    "Since the disaster started unfolding on Friday, at least 43 deaths have been confirmed across eight states stretching from Texas to North Carolina.",
    "The event has generated more than 1,000 storm reports in all, according to NOAA's Storm Prediction Center.",
    "Two more medals on Tuesday night bring the U.S. swimmer's Olympic total to 19, more than anyone in history.",
    "Tornadoes or severe storms caused deaths in North Carolina, Alabama, Arkansas, Mississippi and Missouri.",
  ].join("\n\n");
  const asked = prompts("Storms across the South", text);

  it("does not ask one end of a span of places ('stretching from _____ to North Carolina')", () => {
    expect(asked.some((prompt) => /from _____ to North Carolina|from Texas to _____/.test(prompt))).toBe(false);
    expect(asked.some((prompt) => prompt.includes("at least _____ deaths"))).toBe(true);
  });

  it("does not ask the body behind a cited source ('according to _____'s Storm Prediction Center')", () => {
    expect(asked.some((prompt) => prompt.includes("according to _____'s Storm Prediction Center"))).toBe(false);
  });

  it("does not ask a figure whose owner the stem leaves open ('the U.S. swimmer's Olympic total')", () => {
    expect(asked.some((prompt) => prompt.includes("swimmer's Olympic total to _____"))).toBe(false);
  });
});
