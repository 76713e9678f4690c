import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import {
  dateDistractors,
  organizationDistractors,
  personDistractors,
  placeDistractors,
  quantityDistractors,
  roleDistractors,
} from "@/lib/generation/distractors";
import { extractFacts } from "@/lib/generation/facts";
import { COUNTRY_BY_NAME } from "@/lib/generation/gazetteer";

const sample = ingestArticle({
  kind: "text",
  text: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8"),
});
const facts = extractFacts(sample.text, sample.publishedAt);

describe("distractors", () => {
  it("gives countries for a country, never the answer's aliases or a country the sentence names", () => {
    const evidence =
      "Moscow and Beijing have deepened cooperation since Russia ordered its offensive in Ukraine in February 2022.";
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
    const evidence =
      "Wang held talks with Russian President Vladimir Putin and Foreign Minister Sergei Lavrov on Tuesday.";
    const { options, fromArticle } = personDistractors(facts, "Vladimir Putin", evidence, "seed");
    expect(fromArticle).toBeGreaterThanOrEqual(2);
    expect(options).not.toContain("Sergei Lavrov");
    expect(options).not.toContain("Wang Yi");
  });

  it("keeps numbers in the same unit and rounding", () => {
    expect(quantityDistractors("68 percent", "", "s").options.every((option) => /^\d+ percent$/.test(option))).toBe(
      true,
    );
    expect(
      quantityDistractors("$400 billion", "", "s").options.every((option) =>
        /^\$\d{1,3}(?:,\d{3})* billion$/.test(option),
      ),
    ).toBe(true);
    expect(
      quantityDistractors("0.04 percent", "", "s").options.every((option) => /^\d+\.\d{2} percent$/.test(option)),
    ).toBe(true);
    expect(quantityDistractors("30,000", "", "s").options.every((option) => /^\d{1,3}(,\d{3})+$/.test(option))).toBe(
      true,
    );
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
    for (const option of options)
      expect(option.toLowerCase()).not.toMatch(/foreign minister|secretary of state|diplomat/);
  });
});

describe("rules learned from judging more articles", () => {
  const factsOf = (text: string) => extractFacts(text, "2010-08-13");

  it("offers other armed services for an armed service, not companies", () => {
    const text =
      "Unlike the Army, the Marines are lightly equipped. The Army has more soldiers than any other service.";
    const army = factsOf(text).entities.get("Army")!;
    expect(army).toMatchObject({ type: "organization", kind: "military" });
    const { options } = organizationDistractors(
      factsOf(text),
      army,
      "Unlike the Army, the Marines are lightly equipped.",
      "seed",
    );
    for (const option of options)
      expect(["Navy", "Air Force", "Marine Corps", "Coast Guard", "National Guard", "Space Force"]).toContain(option);
  });

  it("offers companies of the same trade first", () => {
    const text =
      "Last spring, Facebook reportedly turned down a $750 million buyout offer. Facebook is now worth far more.";
    const facebook = factsOf(text).entities.get("Facebook")!;
    const { options } = organizationDistractors(
      factsOf(text),
      facebook,
      "Last spring, Facebook reportedly turned down a $750 million buyout offer.",
      "seed",
    );
    for (const option of options)
      expect(["Google", "Twitter", "Yahoo", "Netflix", "Amazon", "MySpace", "LinkedIn", "eBay"]).toContain(option);
  });

  it("never offers a person whose surname the sentence already uses", () => {
    const text =
      "Florida coach Urban Meyer closed practices. Alabama coach Nick Saban did the same. Ohio State coach Jim Tressel agreed. Saban and Meyer make millions.";
    const { options } = personDistractors(
      factsOf(text),
      "Jim Tressel",
      "Tressel and Meyer make millions of dollars a year.",
      "seed",
    );
    expect(options).not.toContain("Urban Meyer");
  });

  it("gives US secretaries for a US secretary, and no abbreviated titles", () => {
    const text =
      "The review will be led by Navy Secretary Ray Mabus. Defense Secretary Robert Gates ordered it. Sen. Harry Reid agreed.";
    const { options } = roleDistractors(factsOf(text), "Ray Mabus", "Navy Secretary", "seed");
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).toMatch(/Secretary$/);
    expect(options).not.toContain("Sen.");
  });

  it("resolves a bare surname to the person of that name named most recently, and a body after 'the' is not a person", () => {
    const facts = factsOf(
      "The law was signed by President Franklin Roosevelt in 1935. James Roosevelt Jr., his grandson, spoke on Friday. Roosevelt said the program was safe. The Social Security and Medicare Trustees have warned Congress. Congressman Paul Ryan disagreed.",
    );
    const roosevelt = facts.mentions.filter((mention) => mention.text === "Roosevelt");
    expect(roosevelt.map((mention) => mention.entity)).toEqual(["James Roosevelt"]);
    expect(facts.entities.get("Medicare Trustees")?.type).not.toBe("person");
    expect(facts.entities.get("Paul Ryan")?.type).toBe("person");
    expect(facts.roles.find((role) => role.person === "Paul Ryan")?.role).toBe("Congressman");
  });

  it("reads places that look like names as places, and a number in a title as part of the name", () => {
    const facts = factsOf(
      "WASHINGTON (Aug. 13) -- The Marines trained at California's Camp Pendleton. In May, Munn played a reporter in Iron Man 2.",
    );
    expect(facts.entities.get("Camp Pendleton")?.type).toBe("city");
    const { options } = placeDistractors(
      facts,
      facts.entities.get("Camp Pendleton")!,
      "The Marines trained at California's Camp Pendleton.",
      "seed",
    );
    for (const option of options) expect(option).toMatch(/^(Camp|Fort) /);
    expect(facts.entities.get("Washington")?.type).toBe("city");
    expect(facts.mentions.some((mention) => mention.type === "quantity" && mention.text === "2")).toBe(false);
  });
});
