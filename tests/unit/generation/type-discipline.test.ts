import { describe, expect, it } from "vitest";
import { personDistractors } from "@/lib/generation/distractors";
import { datelineLength, datelinePlacesOf, extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";
import type { ArticleInput, GenerationResult } from "@/lib/generation/types";

// Short invented excerpts, written for these rules (decision 016).
const article = (text: string, publishedAt = "2024-03-02"): ArticleInput => ({
  title: "Storm reaches the coast",
  text,
  publishedAt,
});
const keyOf = (question: GenerationResult["questions"][number]) =>
  Array.isArray(question.answer) ? question.answer[0] : question.choices[question.answer];
const allReasons = (result: GenerationResult) => result.dropped.flatMap((dropped) => dropped.reasons);

const STORM = [
  "Heavy rain flooded the coast on Friday, and emergency crews worked through the night to reach stranded families.",
  "Floodwater rose as high as people's shoulders in parts of Les Carrons, a fishing town in the north of the island.",
  'Mayor Alice Penhallow said the town had never seen such a storm. "We lost the harbour wall," Penhallow said.',
  "Alan Adler, a spokesperson for the coast guard, told reporters that 40 boats had been sunk in the harbour overnight.",
  "Governor Peter Quillan said on Twitter that the state would send 300 soldiers to help clear the roads this weekend.",
  "European Pravda reported that the storm would move east on Sunday, bringing more rain to the farms of the valley.",
  "Image Credits: Tom Baxter",
  "By: Rickson Bau",
].join("\n\n");

describe("type discipline: an answer's type is decided once, from the whole article", () => {
  const facts = extractFacts(STORM, "2024-03-02");
  const result = generateQuestions(article(STORM));

  it("a place named as a place anywhere is never a person", () => {
    expect(facts.entities.get("Les Carrons")?.type).toBe("city");
    for (const question of result.questions) {
      if (question.type === "who" || question.type === "who-said") {
        expect(keyOf(question)).not.toBe("Les Carrons");
        expect(question.choices).not.toContain("Les Carrons");
      }
    }
  });

  it("a spokesperson is a person, a newspaper an organisation, and credits and bylines are nobody", () => {
    expect(facts.entities.get("Alan Adler")?.type).toBe("person");
    expect(facts.entities.get("European Pravda")?.type).toBe("organization");
    expect(facts.entities.has("Image Credits")).toBe(false);
    expect(facts.entities.has("Tom Baxter")).toBe(false);
    expect(facts.entities.has("Rickson Bau")).toBe(false);
    for (const question of result.questions) expect(question.evidence.text).not.toMatch(/Credits|By:/);
  });

  it("the platform a statement was posted on is never asked, and its staff are no stand-ins", () => {
    for (const question of result.questions) expect(keyOf(question)).not.toBe("Twitter");
    const { options } = personDistractors(facts, "Alice Penhallow", "", "seed");
    expect(options).not.toEqual(expect.arrayContaining(["Jack Dorsey"]));
    for (const founder of ["Jack Dorsey", "Evan Williams", "Biz Stone", "Dick Costolo"])
      expect(options).not.toContain(founder);
  });

  it("a list of provinces is of places, and a venue is no organisation", () => {
    const text = [
      "Holguin, Granma and Santiago de Cuba, all Cuban provinces, are still under a hurricane warning tonight.",
      "Jana Kovac beat the defending champion 6-4, 6-2 at Centre Court on Tuesday in the first round of the event.",
    ].join("\n\n");
    const settled = extractFacts(text, "2024-07-02");
    expect(settled.entities.get("Santiago de Cuba")?.type).toBe("city");
    expect(settled.entities.get("Centre Court")?.type).toBe("term");
  });

  it("an armed unit is no person, and a book's subject or title is no stand-in for its author's rivals", () => {
    const text = [
      "The dead included Omar Dost, deputy commander to Red Kestrel, the insurgents' special force, officials said.",
      'Novelist Clara Venn won the Arden Prize on Tuesday for "Salt House", a historical novel about Edmund Vale.',
      "Venn saw off Martin Oake and Rosa Imrie, who had both been tipped to win, at a dinner in the city on Tuesday.",
      "Oake said the judges had chosen well. Imrie said she was happy for Venn, who spent six years writing Salt House.",
    ].join("\n\n");
    const facts = extractFacts(text, "2024-10-01");
    expect(facts.entities.get("Red Kestrel")?.type).toBe("organization");
    expect(facts.entities.get("Salt House")?.type).not.toBe("person");
    const { options } = personDistractors(facts, "Martin Oake", text.split("\n\n")[2]!, "seed");
    expect(options).not.toContain("Edmund Vale");
    expect(options).not.toContain("Salt House");
  });

  it("a village keyed to 'Who' is dropped by the gate as a type slip", () => {
    const village = generateQuestions(
      article(
        [
          "Rescuers searched the hills above Tarrow on Monday after a landslide buried six houses near the school.",
          "Officials said the road to Tarrow would stay closed until engineers had checked the slope again next week.",
        ].join("\n\n"),
      ),
    );
    for (const question of village.questions) if (question.type === "who") expect(keyOf(question)).not.toBe("Tarrow");
  });
});

describe("gazetteer people only from the article's time", () => {
  it("no minister who took office after the story was published", () => {
    const text = [
      "Prime Minister Theresa May met President Emmanuel Macron in Paris on Tuesday to discuss trade and security.",
      "Theresa May said Britain and France would work together. Macron said Europe must stand united on defence.",
      "The two leaders also discussed the war in Syria and agreed to meet again in London before the summer.",
    ].join("\n\n");
    const facts = extractFacts(text, "2017-06-13");
    const { options } = personDistractors(facts, "Theresa May", text.split("\n\n")[0]!, "seed");
    for (const later of ["Keir Starmer", "Marco Rubio", "Andrii Sybiha", "Shigeru Ishiba", "Li Qiang", "Mark Rutte"])
      expect(options).not.toContain(later);
  });
});

describe("consistent true/false swaps", () => {
  it("a figure given in two units is neither blanked nor swapped", () => {
    const text = [
      "Temperatures in the capital reached 34 degrees Celsius (104 degrees Fahrenheit) on Monday, the hottest day of the year.",
      "Officials opened 12 cooling centres across the city and asked older residents to stay indoors during the afternoon.",
    ].join("\n\n");
    const result = generateQuestions(article(text), { count: 20 });
    for (const question of result.questions) {
      expect(keyOf(question)).not.toMatch(/degrees/);
      if (question.type === "true-false")
        expect(question.prompt).toContain("34 degrees Celsius (104 degrees Fahrenheit)");
    }
  });
});

describe("datelines and bylines are never blanks, and still give the story's place", () => {
  it("reads wire datelines without a dash, colon datelines and date datelines", () => {
    expect(datelineLength("PRAGUE, May 5 (AP) Pressing on with its fight against inflation, the bank acted.")).toBe(
      "PRAGUE, May 5 (AP) ".length,
    );
    expect(datelineLength("New York: More than 200 people were airlifted from the flooded town.")).toBe(
      "New York: ".length,
    );
    expect(datelineLength("March 15, 2013 — -- The governor said he would appeal.")).toBeGreaterThan(15);
    expect(datelineLength("Remain votes: In all, 16 million votes were cast.")).toBe(0);
  });

  it("asks no question keyed to the dateline's place, which the facts still know", () => {
    const text = [
      "Prague, May 5 (AP) Pressing on with its battle against inflation, the central bank raised its key rate again.",
      "The rate went up on Thursday by half a point, reaching 6.5% in the eighth increase since last June.",
      "New York: More than 200 people were airlifted from the flooded valley on Friday, the fire service said.",
    ].join("\n\n");
    const result = generateQuestions(article(text, "2022-05-05"), { count: 20 });
    for (const question of result.questions) {
      expect(keyOf(question)).not.toBe("Prague");
      expect(keyOf(question)).not.toBe("New York");
    }
    expect(datelinePlacesOf(extractFacts(text, "2022-05-05"))).toContain("prague");
    expect(allReasons(result)).toContain("not worth asking: the dateline");
  });
});
