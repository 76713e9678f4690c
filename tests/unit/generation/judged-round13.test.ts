import { describe, expect, it } from "vitest";
import { dateDistractors, placeDistractors, roleDistractors } from "@/lib/generation/distractors";
import { extractFacts } from "@/lib/generation/facts";
import { COUNTRY_BY_NAME } from "@/lib/generation/gazetteer";
import { generateQuestions } from "@/lib/generation/generate";

// Short invented excerpts for the rules written from judged round 13 (docs/judging/2026-12-06-round13/).
const promptsOf = (title: string, paragraphs: string[], publishedAt = "2022-05-05") =>
  generateQuestions({ title, text: paragraphs.join("\n\n"), publishedAt }).questions.map((question) => question.prompt);

describe("stand-ins and swaps (judged round 13)", () => {
  it("a projection's year in a December 2015 story takes years still to come, not 2012", () => {
    const evidence = "The committee also nudged its projection for 2016 economic growth up slightly to 2.4%.";
    const { options } = dateDistractors("2016", evidence, "a", "2015-12-16");
    expect(options).toHaveLength(3);
    for (const option of options) expect(Number(option)).toBeGreaterThanOrEqual(2015);
  });

  it("swaps no player described in the sentence ('fellow American', ', who won Wimbledon in 2022')", () => {
    const prompts = promptsOf(
      "Wimbledon",
      [
        "Marketa Vondrousova lost 6-4, 6-2 to Jessica Bouzas Maneiro at Centre Court on Tuesday in the first round.",
        "Jessica Pegula moved on by beating fellow American Ashlyn Krueger 6-2, 6-0 on Court 2.",
        "Elena Rybakina, who won Wimbledon in 2022, beat Elena-Gabriela Ruse 6-3, 6-1 on Court 1.",
        "Coco Gauff and Aryna Sabalenka both won their opening matches in straight sets later in the day.",
      ],
      "2024-07-02",
    );
    const statements = prompts.filter((prompt) => prompt.startsWith("True or false"));
    expect(statements.some((prompt) => /fellow American/.test(prompt) && !/Pegula/.test(prompt))).toBe(false);
    expect(statements.some((prompt) => /who won Wimbledon in 2022/.test(prompt) && !/Rybakina/.test(prompt))).toBe(
      false,
    );
  });
});

describe("not worth asking, or leaning on another sentence (judged round 13)", () => {
  const prompts = promptsOf("Inflation in Czechia", [
    "The Czech central bank raised its key interest rate on Thursday to 5.75%, its eighth rise in a row since June.",
    "Against the backdrop of Russia's invasion of Ukraine, inflation is expected to rise further this year, at least until June.",
    "Kambasu Ngeve, who leads a 10-person delegation on behalf of the rebels, confirmed that the groups had reached an agreement.",
    "Former governor Zdenek Tuma and Miroslav Singer, his predecessor, had kept rates low for a decade before 2015.",
    "Militants said that a man had attacked a police station in a different northwestern town. The attack left 10 people dead.",
    "The bank is also expected to give updates on the CZK, the koruna bond, release dates for CNB reports and FX, and its Repo rate.",
  ]);
  const asks = (pattern: RegExp) => prompts.some((prompt) => pattern.test(prompt));

  it("does not ask who invaded whom in a war every reader knows", () => {
    expect(asks(/_____'s invasion of Ukraine|Russia's invasion of _____/)).toBe(false);
  });

  it("does not ask the size of a delegation ('who leads a _____-person delegation')", () => {
    expect(asks(/_____-person/)).toBe(false);
  });

  it("does not ask a name beside 'his predecessor', nor show 'a different northwestern town' as context", () => {
    expect(asks(/his predecessor/)).toBe(false);
    expect(asks(/a different northwestern town/)).toBe(false);
  });
});

describe("a writer's aside and one name of a list (judged round 13)", () => {
  it("'who seems to have gills or something' is no fact, and 'updates on the _____, the Apple Watch, …' no question", () => {
    const prompts = promptsOf(
      "iPhone",
      [
        "Apple will show off its newest iPhone design in Cupertino on Tuesday, the company said in a statement.",
        "Michael Phelps, though, who seems to have gills or something, can grin in the water with ease.",
        "Apple is also expected to give updates on the AppleTV, the Apple Watch, release dates for iOS and macOS, and its HomePod speaker system.",
        "Analysts at Bloomberg expect the special edition phone to cost roughly $1,000 when it goes on sale in September.",
      ],
      "2017-09-11",
    );
    expect(prompts.some((prompt) => prompt.includes("or something"))).toBe(false);
    expect(prompts.some((prompt) => /the _____, the Apple Watch|release dates for _____/.test(prompt))).toBe(false);
  });
});

describe("a body named by its kind, only where its name says whose (judged round 13)", () => {
  it("'the ministry' is not named '[Health Ministry]': which country's, the name does not say", () => {
    const prompts = promptsOf("Health policy", [
      "In 2019 the ministry began turning 75 district hospitals in underserved districts into medical colleges.",
      "Two landmark laws stood out among the Health Ministry's achievements in the year now drawing to a close.",
      "The National Medical Commission Act replaced a 63-year-old statute that had governed medical education.",
    ]);
    expect(prompts.some((prompt) => prompt.includes("[Health Ministry]"))).toBe(false);
  });
});

describe("the story's main count, in a sentence too short to ask alone (judged round 13: main fact missing)", () => {
  it("'Seven people died in the two explosions.' is asked after the sentence before it", () => {
    const prompts = promptsOf(
      "Suicide bombing in Pakistan",
      [
        "In northwest Pakistan on Thursday, a woman suicide bomber struck police who were at the site of a bombing from earlier that day.",
        "Seven people died in the two explosions.",
        "Located close to the border with Afghanistan, Peshawar has suffered many attacks in recent years.",
      ],
      "2011-08-11",
    );
    expect(prompts).toContain(
      "How many? Complete this sentence from the article: “In northwest Pakistan on Thursday, a woman suicide bomber " +
        "struck police who were at the site of a bombing from earlier that day. _____ people died in the two explosions.”",
    );
  });
});

describe("counting ordinals of a career, and stand-ins the sentence does not show (judged round 13)", () => {
  const questions = generateQuestions({
    title: "Olympics",
    text: [
      "Michael Phelps won a gold medal in the relay on Tuesday night in London.",
      "Phelps now holds his 19th career Olympic medal, more than any athlete in the history of the Games.",
      "Thieves stole eight pieces of jewellery from the museum on Sunday in a raid that lasted just seven minutes.",
      "The swimmer had coasted through much of the previous four years before returning to training in Baltimore.",
    ].join("\n\n"),
    publishedAt: "2012-07-31",
  }).questions;

  it("asks 'his _____ career Olympic medal' (19th)", () => {
    const medal = questions.find((question) => question.prompt.includes("his _____ career Olympic medal"));
    expect(medal?.choices).toContain("19th");
  });

  it("offers no count the sentence itself shows ('seven minutes' beside 'stole _____ pieces')", () => {
    const pieces = questions.find((question) => question.prompt.includes("stole _____ pieces"));
    expect(pieces?.choices).toHaveLength(4);
    expect(pieces?.choices).not.toContain("seven");
  });
});

describe("a count's stand-ins are four different numbers (judged round 14)", () => {
  it("'killing three women and two children' offers its count, and three other counts, none twice", () => {
    const prompts = generateQuestions({
      title: "Bombing in Pakistan",
      text: [
        "In another part of the country on Thursday, explosives kept in a house went off, killing three women and two children, authorities say.",
        "Police said the cause of the blast was still under investigation and that more details would follow.",
      ].join("\n\n"),
      publishedAt: "2011-08-11",
    }).questions;
    // (One of the two counts is asked: the other would be padding, judged round 15.)
    const count = prompts.find((question) => /_____ (?:women|children)/.test(question.prompt));
    expect(count?.choices).toContain(count?.prompt.includes("_____ children") ? "two" : "three");
    expect(new Set(count?.choices).size).toBe(4);
  });
});

describe("a country's stand-ins from its own part of the world first (judged round 14)", () => {
  // (As the venue of talks, Qatar takes other hosts of talks instead: judged-round15.test.ts.)
  it("'_____ said it would raise its gas exports' (Qatar) offers the Gulf's countries, not Japan or the Philippines", () => {
    const evidence = "Qatar said on Monday it would raise its gas exports to Europe sharply from next year.";
    const facts = extractFacts(evidence);
    for (const seed of ["a", "b", "c"]) {
      const { options } = placeDistractors(facts, facts.entities.get("Qatar")!, evidence, seed);
      expect(options).toHaveLength(3);
      for (const option of options) expect(COUNTRY_BY_NAME.get(option.toLowerCase())?.subregion).toBe("Western Asia");
    }
  });
});

describe("what nobody knows yet is no statement (judged round 14)", () => {
  it("'What caused the explosion … is not known.' and 'It is not clear whether …' are not true/false questions", () => {
    const prompts = promptsOf(
      "Bombing in Pakistan",
      [
        "A woman suicide bomber struck police in Peshawar on Thursday, killing seven people, officials said.",
        "What caused the explosion in the Khyber tribal region, close to the Afghan border, is not known.",
        "It is not clear whether the two attacks in the northwest were carried out by the same militant group.",
      ],
      "2011-08-11",
    );
    expect(prompts.some((prompt) => /is not known|is not clear/.test(prompt))).toBe(false);
  });
});

describe("a team event has more than one right swimmer (judged round 14)", () => {
  it("'in the 4 x 200-m freestyle relay …, _____ was sure of it' asks no one person", () => {
    const prompts = promptsOf(
      "Olympics",
      [
        "With roughly 20 m to go in the 4 x 200-m freestyle relay on Tuesday night, Michael Phelps was sure of a gold medal.",
        "The race was held at the Aquatics Centre in London in front of a crowd of about 17,000 spectators.",
        "The United States has now won the event at five of the last six Olympic Games, the organisers said.",
      ],
      "2012-07-31",
    );
    expect(prompts.some((prompt) => /relay on Tuesday night, _____ was sure/.test(prompt))).toBe(false);
    // Nor the "4" of "4 x 200-m": the number names the race.
    expect(prompts.some((prompt) => prompt.includes("_____ x 200-m"))).toBe(false);
  });
});

describe("which body a body belongs to is background (judged rounds 13 and 14)", () => {
  it("asks neither 'The U.S. Army belongs to …' nor 'The institute belongs to the _____'", () => {
    const prompts = promptsOf(
      "AIDS vaccine",
      [
        "Researchers from the U.S. Army and Thailand reported that a vaccine had cut new HIV infections by 31 percent.",
        "The trial was paid for by the National Institute of Allergy and Infectious Diseases and the U.S. Army.",
        "The National Institute of Allergy and Infectious Diseases belongs to the U.S. Department of Health and Human Services.",
      ],
      "2009-10-20",
    );
    expect(prompts.some((prompt) => prompt.includes("belongs to"))).toBe(false);
  });
});

describe("a deputy's stand-ins are deputies (judged rounds 12 and 14)", () => {
  it("'Deputy Foreign Minister' is offered beside other deputy ministers, so 'Deputy' does not give it away", () => {
    const facts = extractFacts(
      "Deputy Foreign Minister Kyaw Thu put the toll at 84,537 killed. Health Minister Kyaw Myint said aid was arriving.",
      "2008-06-24",
    );
    const { options } = roleDistractors(facts, "Kyaw Thu", "Deputy Foreign Minister", "a");
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const option of options) expect(option).toMatch(/^Deputy (?!Foreign)/);
  });
});
