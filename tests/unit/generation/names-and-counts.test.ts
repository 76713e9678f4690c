import { describe, expect, it } from "vitest";
import { countCandidates } from "@/lib/generation/candidates/counts";
import { extractFacts } from "@/lib/generation/facts";

// Short invented sentences, written for these rules (decision 016).
const article = (text: string) => ({ title: "Launch", text, publishedAt: "2024-03-02" });

describe("a collective possessive inside a name", () => {
  it("reads People's Liberation Army as one organisation, never 'Liberation Army' after a possessive", () => {
    const text = "The agency said two People's Liberation Army pilots will stay aboard until April.";
    const facts = extractFacts(text, "2024-03-02");
    expect(facts.mentions.map((mention) => mention.text)).toContain("People's Liberation Army");
    expect(facts.mentions.map((mention) => mention.text)).not.toContain("Liberation Army");
  });
});

describe("counting ordinals", () => {
  it("asks 'the third nation to …' with neighbouring ordinals as the wrong answers", () => {
    const text = "In 1999 the republic became the third nation to land a probe on the far side of the moon.";
    const candidates = countCandidates(article(text), extractFacts(text, "2024-03-02"));
    const third = candidates.find((candidate) => candidate.answer === "third");
    expect(third?.stem).toContain("the _____ nation to land");
    expect(third?.distractors.options).toHaveLength(3);
    expect(third?.distractors.options).not.toContain("third");
  });

  it("does not read a date's ordinal as a count", () => {
    const text = "The club won again on October 2nd, before a crowd of forty thousand fans in the rain.";
    const answers = countCandidates(article(text), extractFacts(text, "2024-03-02")).map((c) => c.answer);
    expect(answers).not.toContain("2nd");
  });
});

describe("a count after a sentence's first word", () => {
  it("counts 'The 14 passengers who died' (a capitalised 'The' names nothing), still not 'Windows 7'", () => {
    const facts = extractFacts(
      "The 14 passengers who died included a Dutch woman, police said. Windows 7 was sold until 2013.",
      "2014-02-07",
    );
    const figures = facts.mentions.filter((mention) => mention.type === "quantity").map((mention) => mention.text);
    expect(figures).toContain("14");
    expect(figures).not.toContain("7");
  });
});

describe("spelled fractions", () => {
  it("asks 'two-thirds of the coral cover' among the nearest fractions, written the same way", () => {
    const text = "By scientists' estimates, two-thirds of the coral cover died along a 700 km stretch of the reef.";
    const candidates = countCandidates(article(text), extractFacts(text, "2024-03-02"));
    const share = candidates.find((candidate) => candidate.answer === "two-thirds");
    expect(share?.prompt).toMatch(/^How much\? /);
    expect(share?.stem).toContain("estimates, _____ of the coral cover died");
    expect(share?.distractors.options.sort()).toEqual(["one-half", "one-third", "three-quarters"]);
  });

  it("keeps the article's spelling ('two thirds' takes 'one third') and never asks 'two' as a count", () => {
    const text = "The central bank said about two thirds of the households surveyed had cut their spending this year.";
    const candidates = countCandidates(article(text), extractFacts(text, "2024-03-02"));
    expect(candidates.map((candidate) => candidate.answer)).toEqual(["two thirds"]);
    expect(candidates[0]?.distractors.options).toContain("one third");
  });
});
