import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { dateDistractors, personDistractors, placeDistractors, quantityDistractors, roleDistractors } from "@/lib/generation/distractors";
import { extractFacts } from "@/lib/generation/facts";
import { COUNTRY_BY_NAME } from "@/lib/generation/gazetteers";

const sample = ingestArticle({ kind: "text", text: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8") });
const facts = extractFacts(sample.text, sample.publishedAt);

describe("distractors", () => {
  it("gives countries for a country, never the answer's aliases or a country the sentence names", () => {
    const evidence = "Moscow and Beijing have deepened cooperation since Russia ordered its offensive in Ukraine in February 2022.";
    const { options } = placeDistractors(facts, facts.entities.get("Russia")!, evidence, "seed");
    expect(options).toHaveLength(3);
    for (const option of options) {
      expect(COUNTRY_BY_NAME.has(option.toLowerCase())).toBe(true);
      expect(["Russia", "Russian Federation", "Ukraine"]).not.toContain(option);
    }
  });

  it("gives cities for a city", () => {
    const { options } = placeDistractors(facts, facts.entities.get("Moscow")!, "Xi's visit to Moscow in May.", "seed");
    expect(options).toHaveLength(3);
    for (const option of options) expect(COUNTRY_BY_NAME.has(option.toLowerCase())).toBe(false);
  });

  it("takes people from the article first and never one named in the evidence", () => {
    const evidence = "Wang held talks with Russian President Vladimir Putin and Foreign Minister Sergei Lavrov on Tuesday.";
    const { options, fromArticle } = personDistractors(facts, "Vladimir Putin", evidence, "seed");
    expect(fromArticle).toBeGreaterThanOrEqual(2);
    expect(options).not.toContain("Sergei Lavrov");
    expect(options).not.toContain("Wang Yi");
  });

  it("keeps numbers in the same unit and rounding", () => {
    expect(quantityDistractors("68 percent", "", "s").options.every((option) => /^\d+ percent$/.test(option))).toBe(true);
    expect(quantityDistractors("$400 billion", "", "s").options.every((option) => /^\$\d+ billion$/.test(option))).toBe(true);
    expect(quantityDistractors("0.04 percent", "", "s").options.every((option) => /^\d+\.\d{2} percent$/.test(option))).toBe(true);
    expect(quantityDistractors("30,000", "", "s").options.every((option) => /^\d{1,3}(,\d{3})+$/.test(option))).toBe(true);
  });

  it("keeps dates in the same form", () => {
    expect(dateDistractors("2022", "", "s").options.every((option) => /^\d{4}$/.test(option))).toBe(true);
    expect(dateDistractors("May", "", "s").options.every((option) => /^[A-Z][a-z]+$/.test(option))).toBe(true);
    expect(dateDistractors("February 2022", "", "s").options.every((option) => / 2022$/.test(option))).toBe(true);
    expect(dateDistractors("Tuesday", "", "s").options.every((option) => /day$/.test(option))).toBe(true);
  });

  it("never offers a role that is also true of the person (Wang Yi is China's foreign minister)", () => {
    const { options } = roleDistractors(facts, "Wang Yi", "top diplomat", "seed");
    expect(options.length).toBe(3);
    for (const option of options) expect(option.toLowerCase()).not.toMatch(/foreign minister|secretary of state|diplomat/);
  });
});
