import { describe, expect, it } from "vitest";
import { organizationDistractors, quantityDistractors, roleDistractors } from "@/lib/generation/distractors";
import { extractFacts } from "@/lib/generation/facts";

// Short invented sentences, written for these rules (decision 016).
const numberOf = (option: string) => Number(/[\d.]+/.exec(option.replace(/,/g, ""))?.[0]);

describe("shares written as 'per cent' stay shares", () => {
  it("never offers more than 100 per cent for a turnout", () => {
    const evidence = "Over 72 per cent of registered voters cast a ballot.";
    const { options } = quantityDistractors("72 per cent", evidence, "seed");
    expect(options).toHaveLength(3);
    for (const option of options) {
      expect(option).toMatch(/^\d+ per cent$/);
      expect(numberOf(option)).toBeLessThan(100);
    }
  });

  it("keeps a majority above half, in the blank and so in a true/false swap", () => {
    const evidence = "Voters in the valley backed the plan, with a 62 per cent majority.";
    const { options } = quantityDistractors("62 per cent", evidence, "seed");
    expect(options).toHaveLength(3);
    for (const option of options) expect(numberOf(option)).toBeGreaterThan(50);
    const won = quantityDistractors("51.9 per cent", "The plan won with 51.9 per cent — a majority of votes.", "s");
    for (const option of won.options) expect(numberOf(option)).toBeGreaterThan(50);
  });
});

describe("a count that is part of a whole", () => {
  it("never offers more than the whole the article counts ('all 382 local areas', '263 of 650 seats')", () => {
    const article = "Results came in for all 382 local areas. Leave carried 263 local areas and won.";
    const areas = quantityDistractors("263", "Leave carried 263 local areas and won.", "seed", article);
    expect(areas.options).toHaveLength(3);
    for (const option of areas.options) expect(numberOf(option)).toBeLessThan(382);
    const seats = quantityDistractors("263", "The party won 263 of 650 seats.", "seed");
    for (const option of seats.options) expect(numberOf(option)).toBeLessThan(650);
  });
});

describe("jobs outside government take jobs of their own field", () => {
  it("offers police ranks, not envoys, for a police spokesman", () => {
    const facts = extractFacts(
      "A bus fell into a ravine on Friday. Ramon Dela Cruz, a local police spokesman, said the driver lost control.",
      "2024-03-02",
    );
    const { options } = roleDistractors(facts, "Ramon Dela Cruz", "local police spokesman", "seed");
    expect(options).toHaveLength(3);
    for (const option of options) expect(option).not.toMatch(/envoy|diplomat|minister|negotiator/i);
    for (const option of options) expect(option).toBe(option.toLowerCase());
  });

  it("offers other ranks for a Police Commissioner, in capitals", () => {
    const facts = extractFacts(
      "A suspect was arrested this week. According to Police Commissioner Anna Ferrow, the arrest followed a long search.",
      "2024-03-02",
    );
    const { options } = roleDistractors(facts, "Anna Ferrow", "Police Commissioner", "seed");
    expect(options).toHaveLength(3);
    for (const option of options) expect(option).not.toMatch(/President|Minister|Ambassador/);
  });

  it("offers other sciences, not technology jobs, for a meteorologist", () => {
    const facts = extractFacts(
      "The report was released on Monday. In the 1980s, meteorologist Tom Arlen says, the world acted together.",
      "2024-03-02",
    );
    const { options } = roleDistractors(facts, "Tom Arlen", "meteorologist", "seed");
    expect(options).toHaveLength(3);
    for (const option of options) expect(option).not.toMatch(/software|product|privacy|communications/i);
  });
});

describe("bodies take bodies of their own sphere", () => {
  it("offers other blocs, not a charity or a forum, for what a country leaves", () => {
    const evidence = "The island has voted to leave the European Union after a long campaign.";
    const facts = extractFacts(`${evidence} The count ended on Friday.`, "2024-03-02");
    const { options } = organizationDistractors(facts, facts.entities.get("European Union")!, evidence, "seed");
    expect(options).toHaveLength(3);
    for (const option of options) expect(["Red Cross", "BRICS", "G20", "IAEA", "World Bank"]).not.toContain(option);
  });
});
