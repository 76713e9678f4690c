import { describe, expect, it } from "vitest";
import { quantityDistractors } from "@/lib/generation/distractors";
import { generateQuestions } from "@/lib/generation/generate";
import type { ArticleInput, GenerationResult } from "@/lib/generation/types";

// Short invented excerpts for rules written from judged round 6 (docs/judging/2026-12-06-round6/).
const article = (title: string, text: string, publishedAt: string | null = "2017-03-10"): ArticleInput => ({
  title,
  text,
  publishedAt,
});
const reasonsOf = (result: GenerationResult, pattern: RegExp) =>
  result.dropped.filter((dropped) => pattern.test(dropped.prompt)).flatMap((dropped) => dropped.reasons);

describe("dates the judges found trivia", () => {
  const text = [
    "Bleaching of coral on Australia's Great Barrier Reef has grown worse, scientists said on Friday after a survey.",
    "The marine park authority carried out its first aerial survey of 2017 on Thursday, from Cairns to Townsville.",
    "In 2016 the reef suffered its worst bleaching on record, with a third of its corals dying in the northern part.",
    "On an earnings call in May, the tourism board's chief said visitor numbers had held up despite the damage.",
  ].join("\n\n");
  const result = generateQuestions(article("Coral bleaching in Australia", text), { count: 20 });

  it("the story's own year is not asked; a year of its past is", () => {
    expect(reasonsOf(result, /first aerial survey of _____/)).toContain("not worth asking: the story's own year");
    expect(result.questions.some((question) => /In _____ the reef suffered/.test(question.prompt))).toBe(true);
  });

  it("a bare month of a side detail past the lead is not asked", () => {
    expect(reasonsOf(result, /earnings call in _____/)).toContain("not worth asking: the month of a side detail");
  });
});

describe("forms the judges kept none of", () => {
  it("a common word of the story is not asked to type ('greenhouse _____')", () => {
    const text = [
      "The report finds the Earth heating up faster than once believed and blames the rise on greenhouse gases.",
      "Greenhouse gases from burning coal, oil and gas have already warmed the planet by about 1.1 degrees Celsius.",
      "The panel's 234 scientists said greenhouse emissions must fall by half by 2030 to keep warming under 1.5 degrees.",
    ].join("\n\n");
    const result = generateQuestions(article("Climate change", text, "2021-08-09"), { count: 20 });
    for (const question of result.questions) expect(question.prompt).not.toMatch(/^Type the missing word:/);
    expect(reasonsOf(result, /^Type the missing word:/)).toContain("not worth asking: a common word to type");
  });

  it("who holds an office of state is not asked by its title", () => {
    const text = [
      "Turkey's president, Recep Tayyip Erdogan, said on Monday that talks between Russia and Ukraine would take place.",
      "Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba will meet in Antalya.",
    ].join("\n\n");
    const result = generateQuestions(article("Russia–Ukraine talks", text, "2022-03-07"), { count: 20 });
    for (const question of result.questions) expect(question.prompt).not.toMatch(/^Who does the article describe as/);
    expect(reasonsOf(result, /^Who does the article describe as/)).toContain(
      "not worth asking: who holds an office the stand-ins cannot",
    );
  });
});

describe("figures the sentence pins down, from round 6", () => {
  it("'edged down … to _____, from 72.5 per cent' takes stand-ins below 72.5", () => {
    const evidence =
      "In maths, though, the pass rate edged down during the past year to 52.1 per cent, from 72.5 per cent.";
    for (const seed of ["a", "b", "c"])
      for (const option of quantityDistractors("52.1 per cent", evidence, seed).options)
        expect(parseFloat(option)).toBeLessThan(72.5);
  });

  it("a figure the sentence spells out is no stand-in ('with Kansas next at eight')", () => {
    const evidence =
      "The storm has killed more people in Missouri than anywhere else, 12, with Kansas next at eight deaths.";
    for (const seed of ["a", "b", "c", "d"])
      expect(quantityDistractors("12", evidence, seed).options).not.toContain("8");
  });

  it("a part of a whole takes stand-ins written as the answer is", () => {
    const evidence = "In all, 16,141,241 votes were cast for Remain, which came top in 119 of the 382 local areas.";
    const { options } = quantityDistractors(
      "16,141,241",
      evidence,
      "s",
      "Of all 33,551,983 votes cast, most were for Leave.",
    );
    for (const option of options) expect(option).toMatch(/^\d{1,3}(?:,\d{3})+$/);
  });
});

describe("stems from round 6 that do not say whom they mean", () => {
  const text = [
    "Facebook will pay a record $5 billion fine to settle the Federal Trade Commission's privacy investigation.",
    "The commission began its probe after it came to light that Cambridge Analytica had collected data on 87 million users.",
    "Yet CEO Mark Zuckerberg said the changes would go beyond what any government required of the company.",
  ].join("\n\n");
  const result = generateQuestions(article("Facebook fine", text, "2019-07-24"), { count: 20 });

  it("'The commission began its probe …' and 'Yet CEO _____' are not asked", () => {
    for (const question of result.questions) {
      expect(question.prompt).not.toMatch(/“The commission began/);
      expect(question.prompt).not.toMatch(/CEO _____/);
    }
    expect(reasonsOf(result, /CEO _____/)).toContain("more than one defensible answer (a title without its company)");
  });
});
