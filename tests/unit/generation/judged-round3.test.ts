import { describe, expect, it } from "vitest";
import {
  dateDistractors,
  personDistractors,
  placeDistractors,
  quantityDistractors,
} from "@/lib/generation/distractors";
import { statementCandidates } from "@/lib/generation/candidates/statements";
import { extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";
import type { ArticleInput, GenerationResult } from "@/lib/generation/types";

// Short invented excerpts, written for the rules the third judged round of real pastes asked for (decision 016).
const article = (title: string, text: string, publishedAt = "2024-05-02"): ArticleInput => ({
  title,
  text,
  publishedAt,
});
const keyOf = (question: GenerationResult["questions"][number]) =>
  Array.isArray(question.answer) ? question.answer[0] : question.choices[question.answer];
const droppedWith = (result: GenerationResult, reason: string) =>
  result.dropped.filter((dropped) => dropped.reasons.includes(reason)).map((dropped) => dropped.prompt);

describe("stems a reader cannot resolve", () => {
  const text = [
    "The ceasefire talks in Doha ended on Tuesday without a signed agreement between the two delegations.",
    "According to him, the delegations would meet again in Geneva within a month to settle the remaining points.",
    "Minister Paul Okafor said the talks had gone further than any round before, and that the army would hold its fire.",
    "In his opening remarks, Okafor thanked the government of Qatar for hosting the delegations for eleven days.",
  ].join("\n\n");
  const result = generateQuestions(article("Ceasefire talks end in Doha", text), { count: 30 });

  it("a 'him' or 'his' that points to nobody the stem names is not asked", () => {
    expect(droppedWith(result, "unresolved pronoun").some((prompt) => prompt.includes("According to him"))).toBe(true);
    expect(result.questions.some((question) => question.prompt.includes("According to him"))).toBe(false);
  });

  it("an opening clause's 'his' may point ahead to the name after its comma", () => {
    // (Asked or not by the ranking, which since round 8 types a name only once, never for an unresolved pronoun.)
    const opening = [...result.questions, ...result.dropped].filter((question) =>
      question.prompt.includes("In his opening remarks"),
    );
    expect(opening.length).toBeGreaterThan(0);
    expect(droppedWith(result, "unresolved pronoun").some((prompt) => prompt.includes("In his opening remarks"))).toBe(
      false,
    );
  });
});

describe("a 'who' blank whose person the stem names again", () => {
  it("is not asked: '_____ gave no details …, Okafor said'", () => {
    const text = [
      "Minister Paul Okafor announced the new budget for schools in the capital on Monday morning.",
      "Paul Okafor gave no details on the cost of the plan for rural schools, Okafor said later in a statement.",
      "Teachers' unions welcomed the budget but asked for more money for books and for repairs to old buildings.",
    ].join("\n\n");
    const result = generateQuestions(article("School budget announced", text), { count: 30 });
    for (const question of result.questions)
      if (question.prompt.includes("gave no details")) expect(keyOf(question)).not.toBe("Paul Okafor");
  });
});

describe("year stand-ins that could not be right", () => {
  it("are never after the published year in a sentence about the past", () => {
    const { options } = dateDistractors(
      "2023",
      "The bridge opened in 2023 after four years of work.",
      "seed",
      "2024-05-02",
    );
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(Number(option)).toBeLessThanOrEqual(2024);
  });

  it("are never after a later year the sentence names", () => {
    const evidence = "Work began in 2019 with a 2021-22 target for the first trains.";
    const { options } = dateDistractors("2019", evidence, "seed", "2024-05-02");
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(Number(option)).toBeLessThan(2021);
  });
});

describe("details not worth asking", () => {
  it("how long ago, how old, or at which minute", () => {
    const text = [
      "City won the cup final 2-1 at Wembley on Saturday, their first trophy in the competition since the club was founded.",
      "The 24-year-old striker Tom Reddin scored the winner in the 87th minute after a long ball from the goalkeeper.",
      "The club last reached a final 12 years ago, when it lost to United by three goals in front of 80,000 fans.",
    ].join("\n\n");
    const result = generateQuestions(article("City win the cup", text), { count: 30 });
    for (const question of result.questions) {
      expect(keyOf(question)).not.toMatch(/^(?:24|87|87th|12)$/);
    }
  });
});

describe("a pronoun whose person the stem names by a noun", () => {
  it("is resolved: 'a woman … she later died'", () => {
    const text = [
      "A man was charged with murder on Monday over a fire that destroyed a house in the village of Kalea in 2007.",
      "The fire broke out in 2007 at Kalea village, and a woman was trapped in the blaze; she later died in hospital.",
      "Police said the investigation into two other suspects in the case was still continuing this week.",
    ].join("\n\n");
    const result = generateQuestions(article("Murder charge over fire", text), { count: 30 });
    const onTheFire = [...result.questions, ...result.dropped].filter((question) =>
      question.prompt.includes("a woman was trapped"),
    );
    expect(onTheFire.length).toBeGreaterThan(0);
    expect(droppedWith(result, "unresolved pronoun").filter((prompt) => prompt.includes("a woman"))).toEqual([]);
  });
});

describe("rules from the fourth judged round", () => {
  it("a place the sentence puts in a country takes stand-ins of that country only", () => {
    const text = [
      "Hurricane Ida struck the island on Tuesday, bringing winds of 200 kilometres an hour and heavy rain.",
      "Camaguey, Holguin, Las Tunas and Guantanamo, all Cuban provinces, are still under a hurricane warning.",
      "In Santiago de Cuba and Havana, shops closed early, and buses stopped running before the storm arrived.",
      "In Port-au-Prince, the capital of Haiti, schools were closed for a second day as the rain went on.",
    ].join("\n\n");
    const facts = extractFacts(text, "2024-05-02");
    const cuban = facts.entities.get("Las Tunas");
    expect(cuban?.type).toBe("city");
    // Only Havana is a Cuban place the article or the gazetteer knows: too few stand-ins, so no question.
    expect(placeDistractors(facts, cuban!, text.split("\n\n")[1]!, "seed").options).toEqual(["Havana"]);
  });

  it("'won more than _____' takes only figures above the fact, so no stand-in is also true", () => {
    const { options } = quantityDistractors(
      "61%",
      "The results confirmed that the governing party had won more than 61% of the vote.",
      "seed",
    );
    expect(options).toHaveLength(3);
    for (const option of options) expect(Number.parseFloat(option)).toBeGreaterThan(61);
  });

  it("the name or title of someone quoted once, after the lead, is not asked; a minister's is", () => {
    const text = [
      "Health officials confirmed seven more deaths from the outbreak on Sunday, taking the total to 48 this month.",
      "The ministry said 23 people were being treated in hospital in the capital and in two border districts.",
      "Ministry spokesperson Peter Okello told reporters that he had no details on the new cases yet.",
      "Health Minister Jane Aceng said the country would open two more treatment centres within a week.",
    ].join("\n\n");
    const result = generateQuestions(article("Outbreak toll rises", text), { count: 30 });
    expect(result.questions.map(keyOf)).not.toContain("Peter Okello");
    expect(droppedWith(result, "not worth asking: the name or title of someone quoted in passing").length).toBe(
      droppedWith(result, "not worth asking: the name or title of someone quoted in passing").filter((prompt) =>
        /Okello|spokesperson/.test(prompt),
      ).length,
    );
  });

  it("'after A and B, the _____ nation' is not asked: the names before it count it out", () => {
    const text = [
      "The country launched its first crewed spacecraft on Monday from a base in the northern desert.",
      "In 2003 Velaria sent up its first astronaut, becoming, after the Soviet Union and the United States, the third nation to send a man into space.",
      "The new crew of three will stay aboard the station for six months and carry out forty experiments.",
    ].join("\n\n");
    const result = generateQuestions(article("Crewed launch", text), { count: 30 });
    expect(result.questions.map(keyOf)).not.toContain("third");
    expect(droppedWith(result, "answer leaked in stem").some((prompt) => prompt.includes("the _____ nation"))).toBe(
      true,
    );
  });

  it("a term to type is not asked under a title that shows part of it", () => {
    const text = [
      "Health officials confirmed seven more deaths from Ebola on Sunday, taking the total this month to 48.",
      "The minister will speak to the nation about the Ebola Response effort on Tuesday evening, officials said.",
      "The Ebola Response effort has opened two treatment centres near the border, the ministry said on Monday.",
    ].join("\n\n");
    const result = generateQuestions(
      { ...article("Seven more Ebola deaths", text), screenTitle: "Ebola — Daily Monitor, 10 Oct 2022" },
      { count: 30 },
    );
    expect(result.questions.map(keyOf)).not.toContain("Ebola Response");
    expect(
      droppedWith(result, "answer shown in the headline").some((prompt) => prompt.includes("the _____ effort")),
    ).toBe(true);
  });

  it("a true/false never reads 'fell as high as': with no fair swap, the sentence is no statement", () => {
    const text = [
      "Heavy rain hit the southern coast of the island on Tuesday, and emergency crews worked through the night.",
      "Floodwater rose as high as people's shoulders in parts of the port town, radio stations reported on Tuesday.",
      "Officials said more than 300 families had been moved to schools and churches on higher ground.",
    ].join("\n\n");
    const prompts = statementCandidates(article("Floods on the coast", text), extractFacts(text, "2024-05-02")).map(
      (candidate) => candidate.prompt,
    );
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((prompt) => prompt.includes("Floodwater"))).toEqual([]);
  });

  it("a named storm's name is asked to type after its kind: 'Hurricane _____'", () => {
    const text = [
      "Moving slowly and with great power, Hurricane Delia came ashore on the island's southern tip on Tuesday.",
      "Floodwater reached the roofs of houses in three fishing towns, and more than 300 families were moved.",
      "Officials said the storm would turn north on Wednesday, bringing more rain to the farms of the valley.",
    ].join("\n\n");
    const result = generateQuestions(
      { ...article("Hurricane Delia comes ashore", text), screenTitle: "Hurricane — Reuters, 2 May 2024" },
      { count: 30 },
    );
    const storm = result.questions.find((question) => question.prompt.includes("Hurricane _____ came ashore"));
    expect(storm && keyOf(storm)).toBe("Delia");
  });

  it("world leaders stand in only from the story's own part of the world", () => {
    const text = [
      "The prime ministers of India and Pakistan met in Thimphu, Bhutan, on Thursday for talks on trade and water.",
      "Indian foreign secretary Nirupama Rao said the two leaders held really positive talks on Thursday evening.",
      "Rao said both countries had agreed that their foreign ministers would meet again in Islamabad in July.",
    ].join("\n\n");
    const facts = extractFacts(text, "2010-04-29");
    const { options } = personDistractors(facts, "Nirupama Rao", text.split("\n\n")[2]!, "seed");
    for (const far of ["Sergei Lavrov", "Dmitry Medvedev", "Recep Tayyip Erdogan", "Vladimir Putin", "Barack Obama"])
      expect(options).not.toContain(far);
  });
});
