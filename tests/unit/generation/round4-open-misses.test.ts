import { describe, expect, it } from "vitest";
import {
  dateDistractors,
  organizationDistractors,
  placeDistractors,
  quantityDistractors,
  roleDistractors,
  storyDateOf,
} from "@/lib/generation/distractors";
import { opensWithUnclearReference } from "@/lib/generation/candidates/stems";
import { datelineLength, extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";
import type { ArticleInput } from "@/lib/generation/types";

// Short invented excerpts for the misses both judges of round 4 left open (docs/generation-review.md).
const article = (title: string, text: string, publishedAt = "2020-02-15"): ArticleInput => ({
  title,
  text,
  publishedAt,
});

describe("a wire dateline with the place's country and the date", () => {
  const lead =
    "KUNAR, Afghanistan, Feb. 15 (Xinhua) — An army airstrike overnight in the eastern province killed " +
    "seven militants, two local commanders among them, authorities said Saturday.";

  it("is read whole as the dateline", () => {
    expect(lead.slice(datelineLength(lead)).trimStart()).toMatch(/^An army airstrike/);
  });

  it("is left out of the stem, and the lead's count is still asked", () => {
    const text = [
      lead,
      "The strike hit a compound in the valley at about nine at night, the provincial police chief told reporters.",
      "Fighting has grown in the eastern provinces over the winter, with the militants attacking outposts on the roads.",
    ].join("\n\n");
    const result = generateQuestions(article("Airstrike in Afghanistan", text), { count: 20 });
    const count = result.questions.find((question) => question.prompt.includes("killed _____ militants"));
    expect(count?.prompt).toContain("“An army airstrike overnight");
    for (const question of result.questions) expect(question.prompt).not.toContain("(Xinhua)");
  });
});

describe("one figure written twice is asked once", () => {
  it("'more than 61%' and '61.07% of the valid votes' are one fact", () => {
    const text = [
      "On Wednesday, the electoral commission of Angola published the final results, confirming that the governing party had won more than 61%.",
      "The commission's chief made the announcement in the capital, Luanda, stating that the party had secured 61.07% of the valid votes cast.",
      "The opposition, which had hoped for 30%, said it would challenge the count in the constitutional court within eight days.",
    ].join("\n\n");
    const result = generateQuestions(article("Election in Angola", text, "2017-09-06"), { count: 20 });
    const sixtyOne = result.questions.filter(
      (question) => question.type === "how-many" && question.choices.some((choice) => /^61(?:\.07)?%$/.test(choice)),
    );
    expect(sixtyOne.length).toBe(1);
  });
});

describe("type slips from an adverb", () => {
  it("'This time around Novak was the No. 6 seed' does not make a player a place", () => {
    const text = [
      "Jessica Moreno beat Petra Novak 6-4, 6-2 on the main court on Tuesday in the first round.",
      "This time around Novak was the No. 6 seed, but she was never near her best form.",
    ].join("\n\n");
    const facts = extractFacts(text, "2024-07-02");
    expect(facts.entities.get("Petra Novak")?.type).toBe("person");
  });
});

describe("numbers joined by a slash", () => {
  it("'those behind 26/11' is no quantity to ask", () => {
    const text = [
      "The talks covered the need for Islamabad to act against those behind 26/11 and to build on trade between the neighbours.",
      "The two prime ministers met for an hour on the sidelines of the summit in Addu and agreed to meet again next year.",
    ].join("\n\n");
    const result = generateQuestions(article("India–Pakistan talks", text, "2011-11-10"), { count: 20 });
    for (const question of result.questions) expect(question.choices).not.toContain("26/11");
    for (const question of result.questions) expect(question.answer).not.toEqual(["26/11"]);
  });
});

describe("date stand-ins never after the story", () => {
  const evidence = "On May 2-3, Cyclone Nargis carved a path of ruin across the delta and the area around Yangon.";

  it("a month of the story's year takes no month after the story's month", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const { options } = dateDistractors("May", evidence, seed, "2008-06-24");
      expect(options.length).toBe(3);
      for (const option of options) expect(["July", "August", "September", "October"]).not.toContain(option);
    }
  });

  it("a month of another year ('last year') may be any month", () => {
    const lastYear = "The mark of 17.08 degrees was set in May last year, when the heatwave reached the coast.";
    const seeds = ["a", "b", "c", "d", "e", "f"].flatMap(
      (seed) => dateDistractors("May", lastYear, seed, "2024-06-01").options,
    );
    expect(seeds.some((option) => ["July", "August"].includes(option))).toBe(true);
  });

  it("an undated paste's years stop at the latest year its story tells of", () => {
    const text = [
      "On Thursday the reef authority carried out its first survey of 2017, covering the coast from Cairns to Townsville.",
      "The survey found that bleaching had spread further south than in 2016, when a third of the corals died.",
    ].join("\n\n");
    expect(storyDateOf(extractFacts(text, null))).toBe("2017");
  });
});

describe("a list item that opens with a pronoun", () => {
  it("'• It is the third such recall in seven years' is not asked as if 'It' were clear", () => {
    const text = [
      "General Motors said on Tuesday it would recall 1.4 million cars in North America over a fire risk in the engine.",
      "  • Shares of the carmaker fell as much as 3% in early trading on the New York Stock Exchange after the news.",
      "  • It is the third such recall in seven years and covers vehicles going back as far as 1997.",
    ].join("\n\n");
    const result = generateQuestions(article("General Motors recall", text, "2015-10-06"), { count: 20 });
    for (const question of result.questions) expect(question.prompt).not.toMatch(/“It is the third/);
  });
});

describe("a stem that opens with a thing the sentence before named", () => {
  it("'The move …', 'The committee …' read alone hide what is meant; 'The bill, SB 12, …' names itself", () => {
    expect(
      opensWithUnclearReference("The move follows by one day the U.S. Federal Reserve's rate hike.", "Interest rates"),
    ).toBe(true);
    expect(
      opensWithUnclearReference("The committee also nudged its projection for growth up to 2.4%.", "Interest rates"),
    ).toBe(true);
    expect(
      opensWithUnclearReference("The bill, SB 12, would apply to models that cost more than $100 million.", "AI rules"),
    ).toBe(false);
    expect(
      opensWithUnclearReference("The decision by the central bank surprised most analysts.", "Interest rates"),
    ).toBe(false);
  });

  it("a title that names the thing settles it ('The bill …' under 'Assisted dying bill')", () => {
    expect(
      opensWithUnclearReference(
        "The bill would allow adults with six months to live to seek help.",
        "Assisted dying bill",
      ),
    ).toBe(false);
  });

  it("is asked with the sentence before shown, or not at all", () => {
    const text = [
      "Nippon Paint will buy the US coatings maker for $2.3 billion in cash, the Japanese company said on Monday.",
      "Shares of Nippon Paint rose 4% in Tokyo after the announcement of the purchase.",
      "The company employs about 180 people in Paris and London and expects to keep all of them.",
    ].join("\n\n");
    const result = generateQuestions(article("Takeover in Japan", text, "2024-08-19"), { count: 20 });
    for (const question of result.questions)
      expect(question.prompt).not.toMatch(/(?:True or false|article\?): “The company/);
  });
});

describe("figure stand-ins on a ladder", () => {
  it("the answer sits at different steps among its stand-ins, not always the one the others multiply", () => {
    const evidence = "Inflation rose to its highest level in 23 years, the statistics office said on Tuesday.";
    const ranks = new Set(
      ["a", "b", "c", "d", "e", "f", "g", "h"].map((seed) => {
        const figures = [23, ...quantityDistractors("23 years", evidence, seed).options.map((o) => parseInt(o, 10))];
        return [...figures].sort((x, y) => x - y).indexOf(23);
      }),
    );
    expect(ranks.size).toBeGreaterThan(1);
    expect(ranks.has(0)).toBe(false);
  });
});

describe("offices of state in a British story", () => {
  it("a British Prime Minister's stand-ins are Britain's offices, never a Vice President", () => {
    const text = [
      "Britain voted to leave the European Union, and Prime Minister David Cameron said he would step down by October.",
      "The pound fell against the US dollar – to $1.33 – its lowest level since 1985, as MPs met at Westminster.",
    ].join("\n\n");
    const { options } = roleDistractors(extractFacts(text, "2016-06-24"), "David Cameron", "Prime Minister", "seed");
    expect(options.length).toBe(3);
    for (const option of options) expect(option).not.toMatch(/President|Finance Minister/);
  });

  it("a story from New South Wales is no British story", () => {
    const text = [
      "Six people were killed at a shopping centre in Sydney, New South Wales police said on Saturday.",
      "Prime Minister Anthony Albanese praised the police inspector's bravery during the attack.",
    ].join("\n\n");
    const { options } = roleDistractors(extractFacts(text, "2024-04-13"), "Anthony Albanese", "Prime Minister", "seed");
    for (const option of options) expect(option).not.toMatch(/Exchequer|Secretary|Opposition/);
  });
});

describe("shares and changes the sentence pins down", () => {
  it("a share whose rest of 100% the sentence gives is neither blanked nor swapped", () => {
    const text = [
      "Leave won with 51.9 per cent of the votes cast in the referendum, while Remain took 48.1 per cent in the final tally.",
      "Turnout was 72.2 per cent, the highest in a national vote since the general election of 1992, officials said.",
    ].join("\n\n");
    const result = generateQuestions(article("Brexit referendum", text, "2016-06-24"), { count: 20 });
    const leave = result.questions.filter((question) => /Leave won with/.test(question.prompt));
    for (const question of leave) expect(question.prompt).toContain("51.9 per cent");
    for (const question of leave) expect(question.type).toBe("true-false");
    for (const question of leave) expect(question.answer).toBe(0);
  });

  it("'_____, down from 77.4 per cent' takes stand-ins below 77.4 only", () => {
    const evidence = "The pass rate this year is 77.1 per cent, down from 2013's 77.4 per cent, the exams body said.";
    for (const seed of ["a", "b", "c"])
      for (const option of quantityDistractors("77.1 per cent", evidence, seed).options)
        expect(parseFloat(option)).toBeLessThan(77.4);
  });
});

describe("details of the telling from judged round 5", () => {
  const text = [
    "British writer Hilary Mantel won the Booker Prize for fiction on Tuesday for Wolf Hall, her novel about Thomas Cromwell.",
    "Mantel, 57, devoted five years to writing Wolf Hall and is now at work on a follow-up about Cromwell's fall.",
    '"It was quite a shock, I can tell you," the chair of the judges, James Naughtie, said on Friday to the Australian Broadcasting Corporation.',
  ].join("\n\n");
  const result = generateQuestions(article("Booker Prize", text, "2009-10-06"), { count: 20 });

  it("an age set beside a name is not asked, nor swapped", () => {
    for (const question of result.questions) {
      expect(question.prompt).not.toMatch(/Mantel, _____/);
      if (question.type === "true-false" && /Mantel, \d+,/.test(question.prompt))
        expect(question.prompt).toContain("Mantel, 57,");
    }
  });

  it("a broadcaster the gazetteer lacks is still the outlet a quote was given to", () => {
    const keys = result.questions.map((question) =>
      Array.isArray(question.answer) ? question.answer[0] : question.choices[question.answer],
    );
    expect(keys).not.toContain("Australian Broadcasting Corporation");
  });
});

describe("what a title says without writing it", () => {
  it("'Brexit' answers 'Leave the _____' (the European Union)", () => {
    const text = [
      "Britain has voted to leave the European Union, with results declared for all 382 local areas on Friday morning.",
      "Wales: Most voters opted to Leave the EU, though the capital Cardiff went for Remain by a wide margin.",
      "Scotland backed Remain in every one of its 32 council areas, with 62 per cent of its voters choosing to stay.",
    ].join("\n\n");
    const result = generateQuestions(
      { ...article("UK votes to leave EU", text, "2016-06-24"), screenTitle: "Brexit referendum — News Guardian" },
      { count: 20 },
    );
    for (const question of result.questions)
      if (question.type !== "true-false")
        expect(Array.isArray(question.answer) ? question.answer[0] : question.choices[question.answer]).not.toMatch(
          /^(?:EU|European Union)$/,
        );
  });
});

describe("no fact to complete", () => {
  const text = [
    "Michael Phelps won two more medals on Tuesday night, taking his Olympic total to 19, more than anyone in history.",
    "With roughly 20 m to go in the 4 x 200-m freestyle relay, Phelps was sure the gold medal was about to be his.",
    "Once Beijing was behind him, what was left for Phelps to achieve in the water after eight gold medals?",
    "For a fuller rundown of his medals over four Olympic Games, see the Olympic News Service.",
  ].join("\n\n");
  const result = generateQuestions(article("Olympics", text, "2012-07-31"), { count: 20 });

  it("a writer's question, a race's distance and a pointer to another page are not asked", () => {
    for (const question of result.questions) {
      expect(question.prompt).not.toMatch(/what was left for/);
      expect(question.prompt).not.toMatch(/4 x _____/);
      expect(question.prompt).not.toMatch(/fuller rundown/);
    }
  });
});

describe("bodies of the same field and part of the world", () => {
  it("NOAA's stand-ins are science agencies; ASEAN's are Asian blocs or none", () => {
    const text = [
      "The storm system has generated more than 1,000 reports, according to NOAA's Storm Prediction Center.",
      "A representative of the Association of Southeast Asian Nations, a regional grouping to which Myanmar belongs, visited Yangon.",
    ].join("\n\n");
    const facts = extractFacts(text, "2025-03-16");
    const noaa = organizationDistractors(facts, facts.entities.get("NOAA")!, facts.sentences[0]!.text, "seed");
    for (const option of noaa.options) expect(option).not.toMatch(/CDC|State Department|Health and Human Services/);
    const asean = [...facts.entities.values()].find((entity) => /ASEAN|Southeast Asian/.test(entity.name))!;
    const blocs = organizationDistractors(facts, asean, facts.sentences[1]!.text, "seed");
    for (const option of blocs.options) expect(option).not.toMatch(/ECOWAS|Council of Europe|Mercosur|African Union/);
  });
});

describe("the continent a sentence names", () => {
  it("'Europe then followed, with _____'s FTSE-100 …' takes European countries only", () => {
    const evidence =
      "Europe then followed, with Britain's FTSE-100 down nearly 6 percent and Germany's DAX off 7 percent.";
    const facts = extractFacts(`Stocks fell in the United States and Japan on Monday.\n\n${evidence}`, "2008-10-06");
    const britain = facts.entities.get("Britain") ?? facts.entities.get("United Kingdom");
    for (const seed of ["a", "b", "c"])
      for (const option of placeDistractors(facts, britain!, evidence, seed).options)
        expect(option).not.toMatch(/United States|Japan|China|India|Brazil/);
  });
});

describe("roles that are the same post, or another kind of post", () => {
  const text = [
    "“Nothing was negotiated,” Tammy Bruce, the State Department spokesperson, told journalists on Tuesday.",
    "Israeli Prime Minister Benjamin Netanyahu met President Donald Trump at the White House on Monday.",
    "Police Commissioner Matthew Varley said the suspect had been arrested after eleven years on the run.",
  ].join("\n\n");
  const facts = extractFacts(text, "2025-04-08");

  it("a spokesperson's stand-ins are no offices of state", () => {
    for (const option of roleDistractors(facts, "Tammy Bruce", "State Department spokesperson", "s").options)
      expect(option).toMatch(/spokes|press secretary/i);
  });

  it("a Police Commissioner is never offered 'Police Chief'", () => {
    for (const seed of ["a", "b", "c"])
      for (const option of roleDistractors(facts, "Matthew Varley", "Police Commissioner", seed).options)
        expect(option).not.toMatch(/^Police Chief$|^Chief of Police$/i);
  });
});
