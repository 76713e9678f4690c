import { describe, expect, it } from "vitest";
import {
  dateDistractors,
  organizationDistractors,
  personDistractors,
  placeDistractors,
  quantityDistractors,
  roleDistractors,
} from "@/lib/generation/distractors";
import { candidatesOf } from "./candidates-of";
import { extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";
import { normalizeAnswer } from "@/lib/generation/shared/normalize";
import { shortName } from "@/lib/generation/shared/names";
import { CITIES_BY_COUNTRY } from "@/lib/generation/data/places.data";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Rules learned from the short blog posts among the fixtures (cnbc1, engadget, businessinsider1, theverge1).
const factsOf = (text: string, published: string | null = "2011-09-21") => extractFacts(text, published);
const answerOf = (question: GeneratedQuestion) =>
  typeof question.answer === "number" ? question.choices[question.answer]! : question.answer[0]!;
// Checks every item, and that there is at least one: a check over nothing would pass without testing anything.
function each<T>(items: readonly T[], check: (item: T) => void): void {
  expect(items.length).toBeGreaterThan(0);
  items.forEach(check);
}

describe("roles written after the name", () => {
  it("reads 'Name, job at Employer' and drops an employer named before the job", () => {
    const facts = factsOf(
      "The chart comes courtesy of Ian Lyngen, senior Treasury strategist at CRT Capital. Now Adam Kramer, Facebook data scientist and co-author of the study, has posted an explanation. Facebook declined to comment.",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toEqual([
      ["Ian Lyngen", "senior Treasury strategist"],
      ["Adam Kramer", "data scientist"],
    ]);
  });

  it("keeps what a bare title is 'of', and ignores clauses about the person", () => {
    const facts = factsOf(
      "Blake Corder, the president of the Home Builders Association of Tuscaloosa, noted that workers had left. Jane Doe, who is a lawyer, disagreed.",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toEqual([
      ["Blake Corder", "president of the Home Builders Association of Tuscaloosa"],
    ]);
  });

  it("reads 'Director of Product Management Joe Ambeault' and 'co-founder' whole (not 'founder'), and not a part played in a film", () => {
    const facts = factsOf(
      "Many suggestions made it in, according to Director of Product Management Joe Ambeault. That's co-founder Dustin Moskovitz doing a keg stand. In May, Munn played the small role of reporter Chess Roberts in Iron Man 2.",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toEqual([
      ["Joe Ambeault", "Director of Product Management"],
      ["Dustin Moskovitz", "co-founder"],
    ]);
  });

  it("offers jobs of the same field, in the answer's case", () => {
    const facts = factsOf("The chart comes courtesy of Ian Lyngen, senior Treasury strategist at CRT Capital.");
    const { options } = roleDistractors(facts, "Ian Lyngen", "senior Treasury strategist", "seed");
    expect(options).toHaveLength(3);
    each(options, (option) => expect(option).toMatch(/economist|trader|research|analyst|manager/));
    const director = roleDistractors(
      factsOf("It shipped, according to Director of Product Management Joe Ambeault."),
      "Joe Ambeault",
      "Director of Product Management",
      "seed",
    );
    each(director.options, (option) => expect(option).toMatch(/^[A-Z]/));
  });
});

describe("places, organisations, dates and numbers short posts lean on", () => {
  it("a continent for a continent, never a US state", () => {
    const facts = factsOf("One reason may be concern about Europe, traders said on Wednesday.");
    const europe = facts.entities.get("Europe")!;
    expect(europe.type).toBe("region");
    const { options } = placeDistractors(facts, europe, "One reason may be concern about Europe.", "seed");
    expect(options).toHaveLength(3);
    each(options, (option) =>
      expect([
        "Asia",
        "Africa",
        "North America",
        "South America",
        "Latin America",
        "Middle East",
        "Southeast Asia",
        "Central Asia",
        "Eastern Europe",
        "Western Europe",
        "Scandinavia",
        "Caribbean",
        "Balkans",
        "Oceania",
      ]).toContain(option),
    );
  });

  it("a newspaper for a newspaper, with its 'The'", () => {
    const facts = factsOf(
      "In a separate statement provided to The Guardian, Facebook said the research was designed to improve its services.",
    );
    const mention = facts.mentions.find((candidate) => candidate.entity === "The Guardian")!;
    expect(mention.text).toBe("The Guardian");
    const { options } = organizationDistractors(
      facts,
      facts.entities.get("The Guardian")!,
      "In a separate statement provided to The Guardian, Facebook said so.",
      "seed",
    );
    expect(options).toHaveLength(3);
    each(options, (option) => expect(option).not.toMatch(/Reuters|Associated Press|Google/));
  });

  it("an unknown firm named '… Capital' is a finance firm, with banks as stand-ins", () => {
    const facts = factsOf("The chart comes courtesy of Ian Lyngen, senior Treasury strategist at CRT Capital.");
    const crt = facts.entities.get("CRT Capital")!;
    expect(crt).toMatchObject({ type: "organization", kind: "company", sector: "finance" });
    const { options } = organizationDistractors(
      facts,
      crt,
      "The chart comes courtesy of Ian Lyngen, senior Treasury strategist at CRT Capital.",
      "seed",
    );
    each(options, (option) =>
      expect([
        "Goldman Sachs",
        "Morgan Stanley",
        "JPMorgan Chase",
        "Citigroup",
        "Barclays",
        "Deutsche Bank",
        "HSBC",
        "UBS",
        "BNP Paribas",
        "Nomura",
        "Wells Fargo",
        "BlackRock",
      ]).toContain(option),
    );
  });

  it("reads quarters and, without a published date, a month name as dates", () => {
    const facts = factsOf(
      "Due in Q4, the software will finally add a new guide. The statement changed from the August statement.",
      null,
    );
    expect(facts.mentions.filter((mention) => mention.type === "date").map((mention) => mention.text)).toEqual([
      "Q4",
      "August",
    ]);
    expect(
      dateDistractors("Q4", "Due in Q4, the software will finally add a new guide.", "seed").options.sort(),
    ).toEqual(["Q1", "Q2", "Q3"]);
  });

  it("keeps a unit written against its number, and a number inside '16x9' or '3D' is no quantity", () => {
    const facts = factsOf(
      "New updates include support for external storage of up to 1TB per DVR, a 16x9 guide and 3D-ish elements.",
    );
    expect(facts.mentions.filter((mention) => mention.type === "quantity").map((mention) => mention.text)).toEqual([
      "1TB",
    ]);
    expect(quantityDistractors("1TB", "support for up to 1TB per DVR", "seed").options).toHaveLength(3);
    each(quantityDistractors("1TB", "support for up to 1TB per DVR", "seed").options, (option) =>
      expect(option).toMatch(/^\d+TB$/),
    );
  });

  it("nearby versions for a version, and '$200 billion' is a fair stand-in for '$400 billion'", () => {
    const version = quantityDistractors("1.9", "version 1.9 of its guide software", "seed").options;
    expect(version).toHaveLength(3);
    each(version, (option) => expect(Math.abs(Number(option) - 1.9)).toBeLessThanOrEqual(1));
    const billions = quantityDistractors(
      "$400 billion",
      "The Fed said it would replace $400 billion in short-term Treasurys.",
      "seed",
    ).options;
    expect(billions).toHaveLength(3);
    each(billions, (option) => expect(option).toMatch(/^\$\d+ billion$/));
    expect(
      quantityDistractors("30,000", "30,000 civil servants will go into labor reserve.", "seed").options,
    ).toHaveLength(3);
  });
});

describe("named terms as typed answers", () => {
  it("takes product names in mixed case and names the article introduces in quotes, not plural acronyms or scraps of speech", () => {
    const facts = factsOf(
      'The Fed did launch much anticipated "operation twist" this week. Its FlexView app ships with support for several DVRs. The star targets nerdy guys, who she says "love her" anyway.',
    );
    expect(facts.mentions.filter((mention) => mention.type === "term").map((mention) => mention.text)).toEqual([
      "operation twist",
      "FlexView",
    ]);
  });
});

describe("choosing among the candidates", () => {
  const cnbcLike = {
    title: "Fed's Statement",
    publishedAt: "2011-09-21",
    text: [
      "Some traders found Wednesday's Fed statement to be a bit gloomier than expected.",
      'The Fed did launch much anticipated "operation twist" with a twist, and it is also taking direct aim at mortgages.',
      "The Fed said it would replace $400 billion in short-term Treasurys (3-years or less) with longer term securities.",
      "The Fed also said it would reinvest the runoff from its mortgage securities back into the mortgage market.",
      "The Fed statement was changed from the August statement, according to Ian Lyngen, senior Treasury strategist at CRT Capital.",
    ].join("\n\n"),
  };

  it("asks for the same answer at most twice", () => {
    const { questions } = generateQuestions(cnbcLike, { count: 10 });
    const counts = new Map<string, number>();
    each(
      questions.filter((candidate) => candidate.type !== "true-false"),
      (question) => {
        const key = normalizeAnswer(answerOf(question));
        counts.set(key, (counts.get(key) ?? 0) + 1);
      },
    );
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });

  it("never keeps two questions on one sentence where one shows the other's answer", () => {
    const { questions } = generateQuestions(cnbcLike, { count: 10 });
    each(questions, (question) => {
      for (const other of questions) {
        if (other === question || other.evidence.start !== question.evidence.start) continue;
        expect(other.type === "true-false" || question.type === "true-false").toBe(false);
        expect(normalizeAnswer(other.prompt)).not.toContain(normalizeAnswer(answerOf(question)));
      }
    });
  });

  it("lets two questions share a sentence in a short article by masking each one's answer in the other", () => {
    const greekLike = {
      title: "Developments In Greece",
      publishedAt: "2011-09-21",
      text: [
        "The Greek cabinet agreed on yet another round of austerity measures today, the government said.",
        "Pensions of more than $1,642.913 a month will be cut by 20% from next month, officials said.",
        "Payments to state workers who retired before age 55 will be reduced, the finance ministry said.",
      ].join("\n\n"),
    };
    const { questions } = generateQuestions(greekLike, { count: 10 });
    const pensions = questions.filter((question) => question.evidence.text.startsWith("Pensions"));
    expect(pensions.map(answerOf).sort()).toEqual(["$1,642.913", "20%"]);
    const cut = pensions.find((question) => answerOf(question) === "20%")!;
    expect(cut.prompt).toContain("“Pensions of more than [amount] a month will be cut by _____ from next month");
    const amount = pensions.find((question) => answerOf(question) === "$1,642.913")!;
    expect(amount.prompt).toContain("will be cut by [number] from next month");
    // The explanation still quotes the sentence as written.
    expect(cut.explanation).toContain(
      "“Pensions of more than $1,642.913 a month will be cut by 20% from next month, officials said.”",
    );
  });

  it("masks answers only to reach the count asked for, and never puts more than three questions on one sentence", () => {
    const text = [
      "GENEVA (AP) — Measles cases in Europe and Central Asia rose to 127,350 last year, double the number reported in 2023 and the highest since 1997, the World Health Organization said.",
      "Children under five accounted for more than 40% of the cases, the agencies said in a joint report.",
      "\"Measles is back, and it's a wake-up call,\" said Hans Kluge, the WHO's regional director for Europe.",
      "Regina De Dominicis, UNICEF's regional director for Europe and Central Asia, said at least 38 people died of the disease in 2024.",
      "Two doses of vaccine protect about 97% of people, according to the U.S. Centers for Disease Control and Prevention.",
      "Romania reported the most cases, 30,692, followed by Kazakhstan with 28,147.",
      "In the United States, health officials in Texas have reported 223 cases this year, most of them in unvaccinated children.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Measles cases in Europe", text, publishedAt: "2025-03-13" },
      { count: 10 },
    );
    const masked = questions.filter((question) =>
      /\[(?:name|organisation|place|date|number|amount|position|event|detail)\]/.test(question.prompt),
    );
    expect(masked.length).toBeGreaterThan(0);
    const perSentence = new Map<number, number>();
    for (const question of questions)
      perSentence.set(question.evidence.start, (perSentence.get(question.evidence.start) ?? 0) + 1);
    expect(Math.max(...perSentence.values())).toBeLessThanOrEqual(3);
    // Asked for four, the same article needs no masks: each question shows its sentence as written.
    const few = generateQuestions(
      { title: "Measles cases in Europe", text, publishedAt: "2025-03-13" },
      { count: 4 },
    ).questions;
    expect(few).toHaveLength(4);
    each(few, (question) =>
      expect(question.prompt).not.toMatch(/\[(?:name|organisation|place|date|number|amount|event|detail)\]/),
    );
  });

  it("never masks the words right next to the blank, which the blank needs as context", () => {
    const text = [
      "Verizon had plenty to talk about today as well, and its new TV guide looks like a very nice upgrade.",
      "New updates include support for external storage (up to 1TB eSATA per DVR), automatic DVD-style chaptering on recordings, and an undelete button.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Verizon FiOS", text, publishedAt: "2010-08-18" }, { count: 10 });
    each(questions, (question) => expect(question.prompt).not.toMatch(/_____ \[|\] _____/));
  });

  it("keeps '30,000' whole, and cuts at a dash written without a space before it", () => {
    const text =
      '30,000 civil servants will go into "labor reserve"-- that means their pay will be reduced to 60% of their salaries while they have 12 months to find a new job in the state sector or be laid off.';
    const { questions, dropped } = generateQuestions(
      { title: "Greece", text, publishedAt: "2011-09-21" },
      { count: 10 },
    );
    const prompts = [...questions, ...dropped].map((question) => question.prompt);
    expect(prompts.some((prompt) => prompt.includes("“000"))).toBe(false);
  });

  it("cuts a long sentence before 'and it …' so the stem keeps its subject and stays short", () => {
    const text =
      "Due in Q4 along with its FlexView app for mobile VOD access, version 1.9 of its FiOS TV guide software will finally add a 16x9 HDTV-filling guide to those Motorola boxes and it looks like many of our suggestions (and yours, according to Director of Product Management Joe Ambeault) made it in.";
    const { questions } = generateQuestions(
      { title: "Verizon FiOS TV guide update", text, publishedAt: "2010-08-18" },
      { count: 10 },
    );
    const version = questions.find((question) => answerOf(question) === "1.9");
    expect(version?.prompt).toContain(
      "“Due in Q4 along with its FlexView app for mobile VOD access, version _____ of its FiOS TV guide software will finally add a 16x9 HDTV-filling guide to those Motorola boxes …”",
    );
  });

  it("drops a stem cut after a closing quote ('\" said …') and a pronoun subject after an opening phrase", () => {
    const text = [
      '"I think it is important to point out that at least half of the oil that was released is now completely gone from the system and from the wider gulf as well," said NOAA head Jane Lubchenco at a White House press briefing.',
      "In early May, they were the first researchers to identify underwater plumes of oil forming from the BP gusher near the coast.",
    ].join("\n\n");
    const { questions, dropped } = generateQuestions({ title: "Oil", text, publishedAt: "2010-08-17" }, { count: 10 });
    expect(questions.some((question) => question.prompt.includes('“" said'))).toBe(false);
    expect(questions.some((question) => question.prompt.includes("In early May, they"))).toBe(false);
    expect(
      dropped.some(
        (candidate) =>
          candidate.prompt.includes("In early May, they") && candidate.reasons.includes("unresolved pronoun"),
      ),
    ).toBe(true);
  });
});

describe("true-or-false swaps", () => {
  it("never swap in a person named in the sentences around the statement (they are often part of the same event)", () => {
    const text = [
      "China's top diplomat Wang Yi arrived in Moscow on Tuesday for talks with Foreign Minister Sergei Lavrov and President Vladimir Putin.",
      'At the start of talks with Lavrov, he added: "We will work together to make new contributions to the cause of peace."',
      'Putin later expressed to Wang his "satisfaction with the way our relationship is developing".',
    ].join("\n\n");
    // Every false statement the article allows (before any selection), none of them with a neighbour swapped in.
    const swaps = candidatesOf(
      { title: "Wang in Moscow", text, publishedAt: "2025-04-01" },
      factsOf(text, "2025-04-01"),
    ).filter((candidate) => candidate.type === "true-false" && candidate.answer === "False");
    each(swaps, (swap) =>
      expect(swap.prompt).not.toMatch(
        /talks with (?:Putin|Wang)|Foreign Minister (?:Vladimir Putin|Wang Yi)|President (?:Sergei Lavrov|Wang Yi)|diplomat (?:Sergei Lavrov|Vladimir Putin)/,
      ),
    );
  });
});

describe("rules learned from re-judging the long articles", () => {
  it("a demonym in the stem gives the country away", () => {
    const text =
      "On Sept. 15, days before he left Liberia for the United States, Thomas Eric Duncan -- a Liberian national -- helped carry a sick woman. Liberia has closed schools. Officials in Liberia said he showed no symptoms.";
    const { questions } = generateQuestions({ title: "Ebola", text, publishedAt: "2014-10-02" }, { count: 30 });
    each(
      questions.filter((question) => question.prompt.includes("Liberian national")),
      (question) => expect(answerOf(question)).not.toBe("Liberia"),
    );
  });

  it("the day after a month is part of a date, not a quantity", () => {
    const facts = factsOf(
      "On Sept. 15, days before he left Liberia, Duncan helped a neighbour. By August 4 the count had reached 12 cases.",
    );
    expect(facts.mentions.filter((mention) => mention.type === "quantity").map((mention) => mention.text)).toEqual([
      "12",
    ]);
  });

  it("counts 'Joye' and 'Samantha Joye' as one answer when capping repeats", () => {
    const text = [
      '"A large proportion of this oil is still in the system, floating around the water," says Samantha Joye, a marine scientist at the University of Georgia.',
      '"No one is saying it is all doom or gloom, but no one here is saying the oil is all gone either," Joye said on Tuesday in Atlanta.',
      "Joye adds that the federal government has not taken into account the impact of all the methane that was released by the blown well.",
      '"The idea that most of the oil is gone is just absolutely incorrect," says Charles Hopkinson, a professor of marine sciences at the University of Georgia.',
      "Lubchenco said the oil was disappearing, according to John Hocevar, who works as an oceans campaigner for Greenpeace in Washington.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Oil", text, publishedAt: "2010-08-17" }, { count: 10 });
    const joye = questions.filter(
      (question) => question.type !== "true-false" && question.type !== "role" && /Joye/.test(answerOf(question)),
    );
    expect(joye.length).toBeLessThanOrEqual(2);
  });
});

describe("ages", () => {
  it("offers other ages a few years either side", () => {
    const { options } = quantityDistractors(
      "55",
      "Payments to state workers who retired before age 55 will be reduced.",
      "seed",
    );
    expect(options).toHaveLength(3);
    each(options, (option) => expect(Math.abs(Number(option) - 55)).toBeLessThanOrEqual(10));
  });
});

describe("more rules from re-judging", () => {
  it("an empty 'it' ('It's easy for coaches like…') is not an unresolved pronoun", () => {
    const text =
      "It's easy for coaches like Urban Meyer and Nick Saban to launch a smear campaign against agents after leaving the practice field. Urban Meyer closed practices on Monday. Nick Saban did the same on Tuesday in Tuscaloosa.";
    const { dropped, questions } = generateQuestions(
      { title: "Coaches", text, publishedAt: "2010-08-13" },
      { count: 30 },
    );
    const easy = [
      ...questions.map((question) => ({ prompt: question.prompt, reasons: [] as string[] })),
      ...dropped,
    ].filter((candidate) => candidate.prompt.includes("It's easy for coaches"));
    expect(easy.length).toBeGreaterThan(0);
    each(easy, (candidate) => expect(candidate.reasons).not.toContain("unresolved pronoun"));
  });

  it("never asks for the publisher's own name", () => {
    const text =
      "A House Democratic source provided to CNN a memo laying out the key messages for the campaign this autumn. CNN also obtained a draft of the plan.";
    const { questions } = generateQuestions(
      { title: "Memo", text, publishedAt: "2010-08-13", source: "CNN" },
      { count: 30 },
    );
    expect(questions.some((question) => answerOf(question) === "CNN")).toBe(false);
  });

  it("reads 'Comedy Central' and 'International Studies' as things, not people", () => {
    const facts = factsOf(
      "In June she joined Comedy Central as a correspondent. He works at the Center for Strategic and International Studies in Washington.",
    );
    expect(facts.entities.get("Comedy Central")?.type).not.toBe("person");
    expect(facts.entities.get("International Studies")?.type).not.toBe("person");
  });

  it("a true-or-false statement is a whole sentence, not a lead-in to a list", () => {
    const text =
      "A House Democratic source provided to Reuters a memo laying out the key messages, which include:\n\nProtecting benefits for retirees and keeping the retirement age where it is now.";
    const { questions } = generateQuestions({ title: "Memo", text, publishedAt: "2010-08-13" }, { count: 30 });
    expect(questions.some((question) => question.type === "true-false" && question.prompt.endsWith(":”"))).toBe(false);
  });

  it("a role among the choices counts as shown: no blank on the same sentence that it answers", () => {
    const text = [
      'And prior to Urban Meyer\'s strong rebuke, Alabama coach Nick Saban compared agents to "pimps" at SEC media days in Hoover.',
      "Florida coach Urban Meyer closed practices this week, and Ohio State coach Jim Tressel agreed with him on Friday.",
      "Saban and Meyer have both criticised agents before, and Tressel has joined them in calls with the NFL.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Coaches", text, publishedAt: "2010-08-13" }, { count: 30 });
    const role = questions.find((question) => question.type === "role" && answerOf(question) === "Alabama coach");
    expect(role).toBeDefined();
    const sameSentence = questions.filter(
      (question) => question !== role && question.evidence.start === role!.evidence.start,
    );
    each(sameSentence, (question) => expect(answerOf(question)).not.toBe("Alabama"));
  });
});

describe("she and he", () => {
  const cnnLike = [
    "Sharron Angle, a Tea Party favorite running against Democratic Sen. Harry Reid in Nevada, released an ad saying that she wants to save Social Security.",
    "In her primary race, Angle said that Medicare and Social Security needed to be phased out with a privatized plan put into place.",
    "Republicans like Congressman Paul Ryan and Newt Gingrich have called for the program to be privatized.",
    "Ryan said the program was in trouble. He spoke in Wisconsin on Tuesday.",
    "In June she joined Comedy Central as a Daily Show with Jon Stewart correspondent.",
  ].join("\n\n");

  it("reads who is 'she' and who is 'he' only where the reference is clear", () => {
    const facts = factsOf(cnnLike);
    expect(facts.genders.get("Sharron Angle")).toBe("female");
    expect(facts.genders.get("Paul Ryan")).toBe("male");
    // "In June she joined … with Jon Stewart": the "she" is someone else.
    expect(facts.genders.get("Jon Stewart")).toBeUndefined();
  });

  it("a gender named in words ('seven months pregnant') offers only people known to share it", () => {
    const facts = factsOf(
      [
        "Officials said Thomas Eric Duncan lied on his form before he left, and Duncan was later charged.",
        "Binyah Kesselly, the chairman of the airport authority, said the rules were followed, and Kesselly declined to say more.",
        "Marthalene Williams, who was seven months pregnant, was turned away at the hospital, the Times reports.",
        "Jens David Ohlin, a professor of law, said prosecuting Duncan would be harsh, and Ohlin called it cruel.",
      ].join("\n\n"),
    );
    const { options } = personDistractors(
      facts,
      "Marthalene Williams",
      "Williams, who was seven months pregnant, was turned away at the hospital.",
      "seed",
    );
    each(["Thomas Eric Duncan", "Binyah Kesselly", "Jens David Ohlin"], (name) => expect(options).not.toContain(name));
  });

  it("never offers a man for a blank the sentence calls 'her', nor swaps one into a true-or-false statement", () => {
    const facts = factsOf(cnnLike);
    const sentence =
      "In her primary race, Angle said that Medicare and Social Security needed to be phased out with a privatized plan put into place.";
    const { options } = personDistractors(facts, "Sharron Angle", sentence, "seed");
    each(["Paul Ryan", "Newt Gingrich", "Harry Reid", "Jon Stewart"], (name) => expect(options).not.toContain(name));
    const { questions } = generateQuestions(
      { title: "Social Security at 75", text: cnnLike, publishedAt: "2010-08-14" },
      { count: 10 },
    );
    each(
      questions.filter((candidate) => candidate.prompt.includes("In her primary race")),
      (question) => {
        expect(question.prompt).not.toMatch(/In her primary race, (?:Ryan|Gingrich|Reid|Stewart)\b/);
        expect(question.choices.join(" ")).not.toMatch(/Ryan|Gingrich|Reid|Stewart/);
      },
    );
  });
});

describe("series and references to other sentences", () => {
  const politicoLike = {
    title: "2012 map takes unfamiliar shape",
    publishedAt: "2010-08-16",
    text: [
      "According to the estimates, the biggest winner will be Texas, a solid Republican state that is expected to add four new electoral votes.",
      "The other likely beneficiaries of additional electoral votes are Arizona, Georgia, Nevada, South Carolina, Utah and Washington, all of which are expected to gain a seat each.",
      "Obama won Washington and Nevada in the last election, but lost the other four.",
      "Then there is Florida, site of a crucial Obama victory last time, which is set to pick up two new votes in the census.",
    ].join("\n\n"),
  };

  it("a blank in a series takes stand-ins the article never names", () => {
    const { questions, dropped } = generateQuestions(politicoLike, { count: 10 });
    const series = [
      ...questions.map((question) => [question.prompt, question.choices] as const),
      ...dropped.map((candidate) => [candidate.prompt, []] as const),
    ];
    const kept = questions.filter((question) => question.prompt.includes("beneficiaries") && question.type === "where");
    each(kept, (question) => each(["Florida", "Texas"], (name) => expect(question.choices).not.toContain(name)));
    expect(series.length).toBeGreaterThan(0);
  });

  it("drops a stem that leans on another sentence ('the other four')", () => {
    const { questions, dropped } = generateQuestions(politicoLike, { count: 10 });
    expect(questions.some((question) => question.prompt.includes("the other four"))).toBe(false);
    expect(
      dropped.some(
        (candidate) =>
          candidate.prompt.includes("the other four") &&
          candidate.reasons.includes("unresolved reference to another sentence"),
      ),
    ).toBe(true);
  });
});

describe("rules learned from articles outside the fixtures", () => {
  const nzLike = {
    title: "New Zealand votes to keep Ardern's climate law",
    publishedAt: "2023-08-10",
    text: [
      "New Zealand votes to keep Ardern's climate law",
      "WELLINGTON (Reuters) - New Zealand's parliament voted 68 to 52 on Thursday to keep a law that commits the country to net zero emissions by 2050, handing Prime Minister Chris Hipkins a narrow win.",
      "The law was passed in 2019 under former prime minister Jacinda Ardern, who resigned in January.",
      "Climate Change Minister James Shaw, co-leader of the Green Party, said the vote showed that most lawmakers still backed the goal, unlike the National Party.",
      "Australia, Canada and the United Kingdom have passed similar laws, and Ardern, who now works at Harvard University, said she was proud.",
    ].join("\n\n"),
  };

  it("reads lowercase offices, drops 'the company's' from a job, and knows 'Co' ends a company name", () => {
    expect(factsOf(nzLike.text).roles.find((role) => role.person === "Jacinda Ardern")?.role).toBe(
      "former prime minister",
    );
    const facts = factsOf(
      "Colette Kress, the company's chief financial officer, said revenue rose. Demand outstripped what Taiwan Semiconductor Manufacturing Co could produce, Kress said.",
    );
    expect(facts.roles.map((role) => role.role)).toEqual(["chief financial officer"]);
    expect(facts.entities.get("Taiwan Semiconductor Manufacturing Co")?.type).toBe("organization");
  });

  it("a party's stand-ins are parties and a university's universities", () => {
    const facts = factsOf(nzLike.text);
    const green = facts.entities.get("Green Party")!;
    expect(green.kind).toBe("party");
    expect(organizationDistractors(facts, green, "", "seed").options).toContain("National Party");
    each(organizationDistractors(facts, green, "", "seed").options, (option) => expect(option).toMatch(/Party$/));
    each(organizationDistractors(facts, facts.entities.get("Harvard University")!, "", "seed").options, (option) =>
      expect(option).toMatch(/University/),
    );
  });

  it("'Prime Minister' takes other offices as stand-ins, and a former prime minister is no wrong answer beside the prime minister", () => {
    const facts = factsOf(nzLike.text);
    const { options } = roleDistractors(facts, "Chris Hipkins", "Prime Minister", "seed");
    expect(options.some((option) => /^Prime (?!Minister)/.test(option))).toBe(false);
    const { questions } = generateQuestions(nzLike, { count: 10 });
    const who = questions.find((question) => question.prompt === "Who does the article describe as “Prime Minister”?");
    if (who) expect(who.choices).not.toContain("Jacinda Ardern");
  });

  it("never asks from the headline, and shows no dateline in a stem, where its capital would give the country away", () => {
    const { questions, dropped } = generateQuestions(nzLike, { count: 10 });
    expect(questions.some((question) => question.evidence.text === nzLike.title)).toBe(false);
    expect(dropped.some((candidate) => candidate.reasons.includes("built from the headline, not the story"))).toBe(
      true,
    );
    each([...questions, ...dropped], (question) => expect(question.prompt).not.toContain("WELLINGTON (Reuters) -"));
    // The evidence still quotes the sentence whole, dateline and all.
    expect(questions.some((question) => question.evidence.text.startsWith("WELLINGTON (Reuters) -"))).toBe(true);
  });

  it("a series may be joined by 'and the', and an example after 'such as' is not worth asking", () => {
    const { questions } = generateQuestions(nzLike, { count: 10 });
    const series = questions.find((question) => question.prompt.includes("_____, Canada and the United Kingdom"));
    if (series) expect(series.choices).not.toContain("New Zealand");
    const text =
      "Huang said demand from cloud companies such as Microsoft, Amazon and Google had outstripped supply at Nvidia this year, analysts said.";
    const { dropped } = generateQuestions({ title: "Nvidia", text, publishedAt: "2024-11-20" }, { count: 10 });
    expect(
      dropped.some(
        (candidate) =>
          candidate.prompt.includes("such as _____") &&
          candidate.reasons.includes("not worth asking: one example among several"),
      ),
    ).toBe(true);
  });

  it("a quote tagged '\"…,\" he said' after a sentence about someone says he is a man", () => {
    const facts = factsOf(
      'Chief executive Jensen Huang said demand had outstripped supply at the plant. "We are building as fast as we can," he said on a call with investors.',
    );
    expect(facts.genders.get("Jensen Huang")).toBe("male");
  });
});

describe("rules learned from a sports story", () => {
  const tennis = {
    title: "Alcaraz beats Sinner in five-set French Open final",
    publishedAt: "2025-06-08",
    text: [
      "PARIS — Carlos Alcaraz saved three championship points to beat world number one Jannik Sinner in the French Open final on Sunday, the longest final in the tournament's history.",
      "Alcaraz, 22, won his second title at Roland Garros and the fifth Grand Slam title of his career.",
      '"Jannik pushed me to my limit, and I had to play my best tennis in the last set."',
      "Sinner, who had won the Australian Open in January, said he was proud of the way he had played.",
      "In the women's final on Saturday, Coco Gauff beat Aryna Sabalenka to win her first French Open title, a year after Sabalenka beat Jessica Pegula in New York.",
    ].join("\n\n"),
  };

  it("neither the dateline, a venue after 'at', a 'Grand Slam' nor a first name alone is asked as a person or a place", () => {
    const facts = factsOf(tennis.text, tennis.publishedAt);
    const people = [...facts.entities.values()]
      .filter((entity) => entity.type === "person")
      .map((entity) => entity.name);
    expect(people).not.toContain("Roland Garros");
    expect(people).not.toContain("Grand Slam");
    const { questions, dropped } = generateQuestions(tennis, { count: 10 });
    expect(questions.some((question) => question.prompt.includes("“_____ — Carlos Alcaraz"))).toBe(false);
    expect(
      dropped.some(
        (candidate) =>
          candidate.prompt.includes("“_____ — Carlos Alcaraz") &&
          candidate.reasons.includes("not worth asking: the dateline"),
      ),
    ).toBe(true);
    expect(questions.some((question) => question.prompt.includes('“"_____ pushed me'))).toBe(false);
  });

  it("a true-or-false statement in the first person needs its speaker", () => {
    const { questions } = generateQuestions(tennis, { count: 10 });
    expect(
      questions.some((question) => question.type === "true-false" && question.prompt.includes("pushed me to my limit")),
    ).toBe(false);
  });

  it("'Alcaraz, 22,' is an age, and 'the women's final' offers no man", () => {
    const facts = factsOf(tennis.text, tennis.publishedAt);
    const age = quantityDistractors("22", "Alcaraz, 22, won his second title at Roland Garros.", "seed").options.map(
      Number,
    );
    each(age, (option) => expect(Math.abs(option - 22)).toBeLessThanOrEqual(10));
    const { options } = personDistractors(
      facts,
      "Coco Gauff",
      "In the women's final on Saturday, Gauff beat Aryna Sabalenka to win her first French Open title.",
      "seed",
    );
    each(["Carlos Alcaraz", "Jannik Sinner"], (name) => expect(options).not.toContain(name));
  });
});

describe("rules learned from an economics story", () => {
  const boeLike = {
    title: "Bank of England holds rates",
    publishedAt: "2025-06-19",
    text: [
      "LONDON, June 19 (Reuters) - Britain's central bank kept interest rates at 4.5% on Thursday, saying that the outlook for inflation was still uncertain.",
      "Six members of the committee voted to keep rates on hold, while three voted for a cut to 4.25%, Governor Andrew Bailey said.",
      '"We are bringing stability back to the economy," Finance minister Rachel Reeves said in a statement on Thursday.',
      "The Federal Reserve also held rates steady on Wednesday, while the Swiss National Bank cut its main rate to zero.",
    ].join("\n\n"),
  };

  it("reads a Reuters dateline written with a plain dash", () => {
    const { questions } = generateQuestions(boeLike, { count: 10 });
    expect(questions.some((question) => question.prompt.includes("“_____, June 19 (Reuters)"))).toBe(false);
  });

  it("a rate's stand-ins are nearby rates, in quarter points where it is one", () => {
    const cut = quantityDistractors("4.25%", "three voted for a cut to 4.25%.", "seed").options;
    expect(cut).toHaveLength(3);
    each(cut, (option) => expect(["3.75%", "4.00%", "4.50%", "4.75%"]).toContain(option));
    each(quantityDistractors("3.4%", "Inflation rose to 3.4% in May.", "seed").options, (option) =>
      expect(Math.abs(parseFloat(option) - 3.4)).toBeLessThanOrEqual(0.4),
    );
  });

  it("world leaders of the countries the article names come first as stand-ins, and 'Swiss National Bank' is a central bank", () => {
    const facts = factsOf(boeLike.text, boeLike.publishedAt);
    const { options } = personDistractors(facts, "Rachel Reeves", "", "seed");
    expect(options).toContain("Keir Starmer");
    expect(facts.entities.get("Swiss National Bank")?.kind).toBe("central-bank");
    each(organizationDistractors(facts, facts.entities.get("Swiss National Bank")!, "", "seed").options, (option) =>
      expect(option).toMatch(/Bank|Reserve/),
    );
  });
});

describe("rules learned from a court story", () => {
  const court = {
    title: "Judge blocks Texas law",
    publishedAt: "2023-08-31",
    text: [
      "U.S. District Judge David Ezra wrote in a long ruling on Thursday that the Texas law was unconstitutionally broad.",
      "Texas Attorney General Ken Paxton said he would appeal to the 5th U.S. Circuit Court of Appeals in New Orleans.",
      "At least eight other states, including Utah, Louisiana and Arkansas, have passed similar laws since 2022.",
    ].join("\n\n"),
  };

  it("reads 'Attorney General' and 'District Judge' as titles", () => {
    const roles = factsOf(court.text, court.publishedAt).roles.map((role) => [role.person, role.role]);
    expect(roles).toContainEqual(["Ken Paxton", "Texas Attorney General"]);
    expect(roles).toContainEqual(["David Ezra", "U.S. District Judge"]);
  });

  it("a city's stand-ins come from its own country first, and no example after 'including' is swapped", () => {
    const facts = factsOf(court.text, court.publishedAt);
    const { options } = placeDistractors(facts, facts.entities.get("New Orleans")!, "", "seed");
    each(options, (option) => expect(CITIES_BY_COUNTRY["United States"]).toContain(option));
    const { questions } = generateQuestions(court, { count: 10 });
    expect(
      questions.some(
        (question) =>
          question.type === "true-false" &&
          question.prompt.includes("At least eight other states") &&
          !question.prompt.includes("including Utah, Louisiana and Arkansas") &&
          question.answer === 1,
      ),
    ).toBe(false);
  });
});

describe("rules learned from a science story", () => {
  const space = {
    title: "Europa Clipper sets off",
    publishedAt: "2024-10-14",
    text: [
      "CAPE CANAVERAL, Fla. (AP) — NASA launched a spacecraft on Monday to Jupiter's moon Europa, where scientists believe an ocean could hold life.",
      "At $5.2 billion, it is the most expensive planetary mission NASA has ever built for the agency's scientists.",
      "The launch had been delayed by Hurricane Milton, which struck Florida last week, officials said on Monday.",
      "The European Space Agency launched its own mission to Jupiter's moons, Juice, in April 2023.",
    ].join("\n\n"),
  };

  it("a space agency's stand-ins are space agencies, and a hurricane is not a person", () => {
    const facts = factsOf(space.text, space.publishedAt);
    expect(facts.entities.get("Hurricane Milton")?.type).not.toBe("person");
    const { options } = organizationDistractors(facts, facts.entities.get("NASA")!, "", "seed");
    each(options, (option) =>
      expect([
        "European Space Agency",
        "Roscosmos",
        "JAXA",
        "ISRO",
        "China National Space Administration",
        "Canadian Space Agency",
      ]).toContain(option),
    );
  });

  it("the IAEA is never a wrong answer beside the UN, and the Census Bureau's stand-ins are US agencies", () => {
    const facts = factsOf(
      "While the UN nuclear watchdog and U.S. officials say the reactor is safe, the IAEA will monitor it. The Census Bureau completes its tallies in December, NASA said.",
    );
    const un = [...facts.entities.values()].find((entity) => entity.name === "United Nations" || entity.name === "UN")!;
    expect(organizationDistractors(facts, un, "", "seed").options).not.toContain("IAEA");
    each(organizationDistractors(facts, facts.entities.get("Census Bureau")!, "", "seed").options, (option) =>
      expect(option).not.toMatch(/^(?:NHS|Kremlin|IAEA)$/),
    );
  });

  it("no true-or-false statement whose subject is a pronoun after an opening phrase ('At $5.2 billion, it is …')", () => {
    const { questions } = generateQuestions(space, { count: 10 });
    expect(
      questions.some(
        (question) => question.type === "true-false" && question.prompt.includes("At $5.2 billion, it is"),
      ),
    ).toBe(false);
  });
});

describe("rules learned from a deal and an election", () => {
  it("'Cisco Chief Executive' takes stand-ins with the same employer in front", () => {
    const facts = factsOf(
      '"Our combined capabilities will drive security," Cisco Chief Executive Chuck Robbins said. Cisco Systems will pay $157 a share for Splunk, Cisco said.',
    );
    const { options } = roleDistractors(facts, "Chuck Robbins", "Cisco Chief Executive", "seed");
    expect(options).toHaveLength(3);
    each(options, (option) => expect(option).toMatch(/^Cisco /));
  });

  it("one end of a range is not asked, and a masked pair never asks an answer twice", () => {
    const election = {
      title: "Sheinbaum wins",
      publishedAt: "2024-06-03",
      text: [
        "MEXICO CITY (AP) — Claudia Sheinbaum won Mexico's presidential election on Sunday by a wide margin, according to an official quick count.",
        "The electoral institute said Sheinbaum, a former mayor of Mexico City, had won between 58% and 60% of the vote on Sunday.",
        "The Fed said it would buy bonds with durations of 6- to 30-years over the coming months, officials said.",
      ].join("\n\n"),
    };
    const { questions, dropped } = generateQuestions(election, { count: 10 });
    expect(questions.some((question) => /between _____|and _____% of|6- to _____/.test(question.prompt))).toBe(false);
    expect(dropped.some((candidate) => candidate.reasons.includes("not worth asking: one end of a range"))).toBe(true);
    const typed = questions
      .filter((question) => question.type === "fill-in")
      .map((question) => (question.answer as string[])[0]);
    expect(new Set(typed).size).toBe(typed.length);
  });
});

describe("rules learned from an obituary and a storm report", () => {
  it("'Mercury Records' and 'Network Rail' are organisations, not people", () => {
    const facts = factsOf(
      "He later became vice president at a major record label, Mercury Records, in 1964. Network Rail closed several lines in Wales after trees fell on the tracks.",
    );
    expect(facts.entities.get("Mercury Records")?.type).toBe("organization");
    expect(facts.entities.get("Network Rail")?.type).toBe("organization");
  });

  it("a true-or-false swap written as a surname ('Jackson') counts as named nearby when the article names him in full", () => {
    const text = [
      "LOS ANGELES (AP) — Quincy Jones, who produced Michael Jackson's historic Thriller album, has died at the age of 91.",
      "Officials said Jones died at his home in the Bel Air section of Los Angeles, his publicist Arnold Robinson said.",
    ].join("\n\n");
    const { questions, dropped } = generateQuestions(
      { title: "Quincy Jones dies", text, publishedAt: "2024-11-04" },
      { count: 10 },
    );
    expect(
      [...questions, ...dropped].some(
        (question) => question.type === "true-false" && question.prompt.includes("Jackson died"),
      ),
    ).toBe(false);
  });
});

describe("rules learned from fresh texts (a phone launch, a health study, a football transfer)", () => {
  it("'$2,997' beside '$999': four digits take separators", () => {
    each(
      quantityDistractors("$999", "The new model will cost $999 in the United States.", "seed").options,
      (option) => {
        if (parseFloat(option.replace(/[$,]/g, "")) >= 1000) expect(option).toMatch(/^\$\d{1,3},\d{3}/);
      },
    );
  });

  it("football clubs are organisations with clubs as stand-ins, and a place in the name written in the stem gives it away", () => {
    const text = [
      "MADRID (AP) — Real Madrid completed the signing of England defender Trent Alexander-Arnold from Liverpool on Friday, paying a fee of about 10 million euros.",
      "Liverpool have signed Dutch defender Jeremie Frimpong from Bayer Leverkusen as his replacement, the club said on Friday.",
      "He won the Champions League in 2019 and two Premier League titles with the club before he left this summer.",
    ].join("\n\n");
    const facts = factsOf(text, "2025-05-30");
    expect(facts.entities.get("Real Madrid")?.type).toBe("organization");
    expect(facts.entities.get("Bayer Leverkusen")?.kind).toBe("football-club");
    const { questions, dropped } = generateQuestions(
      { title: "Transfer", text, publishedAt: "2025-05-30" },
      { count: 10 },
    );
    // The dateline ("MADRID (AP) —") is not shown in a stem, so it cannot point at Real Madrid.
    each([...questions, ...dropped], (question) => expect(question.prompt).not.toContain("MADRID (AP) —"));
    each(organizationDistractors(facts, facts.entities.get("Champions League")!, "", "seed").options, (option) => {
      expect([
        "Premier League",
        "Europa League",
        "FA Cup",
        "World Cup",
        "Club World Cup",
        "La Liga",
        "Serie A",
        "Bundesliga",
      ]).toContain(option);
    });
  });

  it("a figure is asked once, and never after another question's stem has shown it", () => {
    const text = [
      "Walking about 7,000 steps a day is linked to a nearly 50% lower risk of dying early compared with 2,000 steps, according to a large review.",
      "Researchers at the University of Sydney analysed data from 57 studies involving more than 160,000 adults in 12 countries.",
      "Melody Ding, the study's lead author, said 7,000 steps was a more realistic goal for most people than the usual target.",
      "The risk of dementia fell by 38% among people who reached 7,000 steps, the review found on Wednesday.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Walking study", text, publishedAt: "2025-07-23" }, { count: 10 });
    const figures = questions
      .filter((question) => question.type === "how-many")
      .map((question) => question.choices[question.answer as number]!);
    expect(new Set(figures).size).toBe(figures.length);
    each(figures, (figure) => {
      const shownElsewhere = questions.filter(
        (question) => question.prompt.includes(figure) && question.type !== "true-false",
      );
      expect(shownElsewhere).toEqual([]);
    });
  });
});

describe("rules learned from the second fresh round (a data breach, a congestion toll, film awards)", () => {
  it("'security firm Hudson Rock' is an organisation, 'the Justice Department' no person, and 'Cyber security minister' a whole title", () => {
    const facts = factsOf(
      "The data was offered for sale, according to researchers at the security firm Hudson Rock. Cyber security minister Clare O'Neil said Australians should watch for emails. The company faces a lawsuit brought by the Justice Department.",
    );
    expect(facts.entities.get("Hudson Rock")?.type).toBe("organization");
    expect(
      [...facts.entities.values()].some((entity) => entity.type === "person" && entity.name === "Department"),
    ).toBe(false);
    expect(facts.roles.map((role) => [role.person, role.role])).toContainEqual([
      "Clare O'Neil",
      "Cyber security minister",
    ]);
  });

  it("no blank on 'the first U.S. city', nor a short stem whose subject is 'it'", () => {
    const text = [
      "NEW YORK (AP) — New York City on Sunday became the first U.S. city to charge drivers a toll to enter its busiest neighborhoods.",
      "Governor Kathy Hochul paused the plan in June, saying the price was too high for working families.",
      "She revived it in November at a lower price.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Toll", text, publishedAt: "2025-01-05" }, { count: 10 });
    expect(questions.some((question) => question.prompt.includes("the first _____ city"))).toBe(false);
    const stocks = generateQuestions(
      {
        title: "Tariffs",
        text: "U.S. stocks fell sharply on Tuesday, with the S&P 500 index closing down 1.2% after the tariffs took effect in Canada.",
        publishedAt: "2025-03-04",
      },
      { count: 10 },
    );
    each([...stocks.questions, ...stocks.dropped], (candidate) =>
      expect(candidate.prompt).not.toMatch(/“(?!U\.S\.)[A-Z][a-z]+ stocks fell/),
    );
    expect(questions.some((question) => question.prompt.includes("revived it in _____"))).toBe(false);
  });

  it("a film director takes film trades as stand-ins, and '$1,000 million' reads '$1 billion'", () => {
    const facts = factsOf(
      "The film won best picture on Sunday, and its director Sean Baker won four Oscars for the film.",
    );
    each(roleDistractors(facts, "Sean Baker", "director", "seed").options, (option) =>
      expect(["producer", "screenwriter", "cinematographer", "film editor", "casting director", "composer"]).toContain(
        option,
      ),
    );
    expect(
      quantityDistractors("$500 million", "The toll will raise about $500 million a year.", "seed").options,
    ).not.toContain("$1,000 million");
  });
});

describe("rules learned from the third fresh round (school inspections, oil prices, a stabbing)", () => {
  it("world leaders are stand-ins only in a story about world affairs", () => {
    const schools = factsOf(
      "Education Secretary Bridget Phillipson said the grades would go. Her sister, Julia Waters, welcomed it, and Phillipson thanked her. Ruth Perry's school in England was downgraded, Waters said.",
    );
    each(personDistractors(schools, "Julia Waters", "", "seed").options, (option) =>
      expect(["Vladimir Putin", "Joe Biden", "Xi Jinping", "Donald Trump"]).not.toContain(option),
    );
    const world = factsOf(
      "Foreign Minister Wang Yi met officials from Russia, Ukraine, France and Germany in Beijing, and Wang said talks would go on.",
    );
    expect(personDistractors(world, "Wang Yi", "", "seed").options.length).toBe(3);
  });

  it("'St Vincent's Hospital' is no person, 'Police Commissioner' is a title, and a mask takes the '+' of 'OPEC+'", () => {
    const facts = factsOf(
      "The injured were taken to St Vincent's Hospital, Police Commissioner Karen Webb said on Saturday.",
    );
    expect(
      [...facts.entities.values()].some((entity) => entity.type === "person" && entity.name.startsWith("St Vincent")),
    ).toBe(false);
    expect(facts.roles.map((role) => [role.person, role.role])).toContainEqual(["Karen Webb", "Police Commissioner"]);
    const text = [
      "Oil prices rose more than 2% on Monday after OPEC+ agreed to extend its production cuts, as demand from China recovered.",
      "Brent crude futures rose $1.85 to $79.20 a barrel by noon, while prices in New York climbed $1.70.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Oil", text, publishedAt: "2024-06-03" }, { count: 10 });
    each(questions, (question) => expect(question.prompt).not.toContain("]+"));
  });
});

describe("rules learned from the fifth fresh round (EU AI rules, a vaccine approval, a bakery closing)", () => {
  it("reads known names with a small word inside ('Centers for Disease Control and Prevention', 'Food and Drug Administration')", () => {
    const facts = factsOf(
      "RSV sends 177,000 to hospital, according to the Centers for Disease Control and Prevention. The Food and Drug Administration approved the shot on Wednesday.",
    );
    const names = facts.mentions.filter((mention) => mention.type === "organization").map((mention) => mention.text);
    expect(names).toEqual(["Centers for Disease Control and Prevention", "Food and Drug Administration"]);
  });

  it("never masks a surname that belongs to someone else ('Albert Hartley' beside 'Helen Hartley')", () => {
    const text = [
      "Bettys Bread Co, founded by Albert Hartley after he returned from the First World War, was run by his great-granddaughter, Helen Hartley, for the last 15 years.",
      '"Our energy bill went from £1,200 a month to £4,800 in a single year," Helen Hartley said on Saturday.',
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Bakery closes", text, publishedAt: "2024-11-30" }, { count: 10 });
    each(questions, (question) => expect(question.prompt).not.toContain("Albert [name]"));
  });

  it("'___, an Italian lawmaker' is offered no leader of another country", () => {
    const facts = factsOf(
      "Thierry Breton, the EU's internal market commissioner, praised the vote in France. Brando Benifei, an Italian lawmaker, said it would protect citizens. President Joe Biden signed an order, and China and Germany objected.",
    );
    each(
      personDistractors(
        facts,
        "Brando Benifei",
        "Brando Benifei, an Italian lawmaker who helped steer the bill, said it would protect citizens.",
        "seed",
      ).options,
      (option) => {
        expect([
          "Joe Biden",
          "Donald Trump",
          "Xi Jinping",
          "Vladimir Putin",
          "Emmanuel Macron",
          "Wang Yi",
        ]).not.toContain(option);
      },
    );
  });
});

describe("rules learned from the sixth fresh round (a strike, a museum theft, an exam leak)", () => {
  it("'Culture Minister' takes plain offices as stand-ins, a union's president takes no offices of state, and 'Nuñez' is a name", () => {
    const facts = factsOf(
      "Interior Minister Laurent Nuñez told reporters on Sunday. Culture Minister Rachida Dati said the items were priceless.",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toContainEqual(["Laurent Nuñez", "Interior Minister"]);
    each(roleDistractors(facts, "Rachida Dati", "Culture Minister", "seed").options, (option) =>
      expect(option).not.toMatch(/^Culture (?!Minister$)/),
    );
    const union = factsOf(
      '"Our members have a lot to be proud of," said Jon Holden, president of the union\'s District 751, on Monday.',
    );
    each(roleDistractors(union, "Jon Holden", "president of the union's District 751", "seed").options, (option) =>
      expect(option).not.toMatch(/Minister|Ambassador/),
    );
  });

  it("an airline's stand-ins are airlines, not the maker of its planes", () => {
    const facts = factsOf(
      "Boeing is trying to recover from an incident in which a door panel blew off an Alaska Airlines jet. Boeing shares rose 3% on Monday.",
    );
    const alaska = facts.entities.get("Alaska Airlines")!;
    const { options } = organizationDistractors(facts, alaska, "", "seed");
    expect(options).not.toContain("Boeing");
    each(options, (option) =>
      expect([
        "Delta Air Lines",
        "United Airlines",
        "American Airlines",
        "Southwest Airlines",
        "British Airways",
        "Lufthansa",
        "Emirates",
        "Ryanair",
      ]).toContain(option),
    );
  });

  it("'\"…,\" he told reporters in ___' names its speaker, and the city of the dateline is not asked", () => {
    const text = [
      "NEW DELHI (AP) — India's National Testing Agency cancelled a nationwide exam taken by more than 900,000 students on Wednesday.",
      "Education Minister Dharmendra Pradhan said the government would not allow the future of students to be affected on Wednesday.",
      '"The guilty will not be spared," he told reporters in New Delhi after a meeting with officials.',
    ].join("\n\n");
    const { questions, dropped } = generateQuestions(
      { title: "Exam cancelled", text, publishedAt: "2024-06-20" },
      { count: 10 },
    );
    expect(questions.some((question) => /told reporters in _____/.test(question.prompt))).toBe(false);
    const told = dropped.find((candidate) => candidate.prompt.includes("told reporters in _____"));
    expect(told?.prompt).toContain("[Dharmendra Pradhan] told reporters");
    expect(told?.reasons).toContain("answer leaked in stem: the dateline names it");
  });
});

describe("rules learned from the seventh fresh round (an earthquake, a startup's funding, a canal drought)", () => {
  it("a magnitude's stand-ins are magnitudes", () => {
    each(quantityDistractors("7.5", "A magnitude 7.5 earthquake struck central Japan.", "seed").options, (option) => {
      expect(Number(option)).toBeLessThan(10);
      expect(Math.abs(Number(option) - 7.5)).toBeLessThanOrEqual(1);
    });
  });

  it("'General Catalyst, a U.S. venture capital firm' is an organisation, and 'Mistral' beside 'Mistral AI' is one stand-in", () => {
    const text = [
      "PARIS (Reuters) - Mistral AI, the French artificial intelligence startup, said on Tuesday it had raised 600 million euros.",
      "The round was led by General Catalyst, a U.S. venture capital firm, with participation from Lightspeed Venture Partners.",
      "Mistral was founded in April 2023 and Microsoft agreed in February to invest in Mistral, the company said.",
    ].join("\n\n");
    const facts = factsOf(text, "2024-06-11");
    expect(facts.entities.get("General Catalyst")?.type).toBe("organization");
    expect(facts.roles.some((role) => role.person === "Catalyst")).toBe(false);
    const { questions } = generateQuestions(
      { title: "Mistral raises", text, publishedAt: "2024-06-11" },
      { count: 10 },
    );
    each(questions, (question) => {
      const mistral = question.choices.filter((choice) => choice.startsWith("Mistral"));
      expect(mistral.length).toBeLessThanOrEqual(1);
    });
  });
});

describe("questions that answer one another across sentences", () => {
  it("a place shown in one question's stem is not asked in another", () => {
    const text = [
      // No dateline here: "TOKYO" would keep Japan out of every question on its own.
      "A magnitude 7.5 earthquake struck central Japan on New Year's Day, killing at least 48 people, officials said on Tuesday.",
      "More than 30,000 people spent the night in evacuation centres, and about 33,000 homes were without power.",
      "Japan is one of the most earthquake-prone countries in the world, and its buildings are built to withstand shaking.",
      "A magnitude 9.0 quake in March 2011 triggered a tsunami that killed more than 18,000 people in the north.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Earthquake", text, publishedAt: "2024-01-02" }, { count: 10 });
    const places = questions
      .filter((question) => question.type === "where" || question.type === "fill-in")
      .map((question) =>
        typeof question.answer === "number" ? question.choices[question.answer]! : question.answer[0]!,
      );
    each(places, (place) => {
      expect(questions.filter((question) => question.type !== "true-false" && question.prompt.includes(place))).toEqual(
        [],
      );
    });
  });

  it("a sentence that opens on '...' is a fragment, and no swap leaves 'the Colombia'", () => {
    const text = [
      '"... However, Bushehr underscores that Iran does not need its own indigenous enrichment capability," the spokesman said on Friday.',
      "Israel and the United States have strongly objected to the deal that Russia signed with Iran in Moscow.",
      "Russia signed a $1 billion contract with Iran in 1995 to build the plant near the Gulf coast, officials said.",
    ].join("\n\n");
    const { questions, dropped } = generateQuestions(
      { title: "Bushehr", text, publishedAt: "2010-08-14" },
      { count: 10 },
    );
    expect(
      [...questions, ...dropped].some((candidate) =>
        /the (?!United|Netherlands|Philippines)[A-Z][a-z]+ have strongly objected/.test(candidate.prompt),
      ),
    ).toBe(false);
    expect(
      questions.some((question) => question.prompt.includes("… However") || question.prompt.includes("... However")),
    ).toBe(false);
  });
});

describe("rules learned from the eighth fresh round (a heatwave, a bridge collapse, a chess final)", () => {
  it("a pronoun is shown as a person only when that person is the previous sentence's subject", () => {
    const text = [
      "The 18-year-old won the 14th and final game after Ding Liren made a mistake in a drawn endgame on Thursday.",
      "He breaks the record set by Garry Kasparov, who was 22 when he won the title in 1985.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Chess", text, publishedAt: "2024-12-12" }, { count: 10 });
    expect(questions.some((question) => question.prompt.includes("[Ding Liren] breaks the record"))).toBe(false);
  });

  it("'who was 22 when' is an age, and a temperature's stand-ins are a few degrees either side with its sign", () => {
    each(
      quantityDistractors("22", "Garry Kasparov, who was 22 when he won the title in 1985.", "seed").options,
      (option) => expect(Math.abs(Number(option) - 22)).toBeLessThanOrEqual(10),
    );
    each(quantityDistractors("22.2", "The average temperature was 22.2 degrees Celsius.", "seed").options, (option) =>
      expect(Math.abs(Number(option) - 22.2)).toBeLessThanOrEqual(3.1),
    );
    each(
      quantityDistractors("1.3", "Temperatures were 1.3 degrees above pre-industrial levels.", "seed").options,
      (option) => expect(Number(option)).toBeGreaterThan(0),
    );
  });

  it("'My husband and I …' is said by a woman, and one figure of a list is not asked", () => {
    const facts = factsOf(
      [
        "Rick Pate, the owner of a landscaping company, lost two of his workers, and Pate said he was worried.",
        "Blake Corder, the president of the builders' association, said workers had left, and Corder was worried.",
        'Lana Boatwright, a resident, helps her neighbours. "My husband and I take them to the grocery store at night," Boatwright said.',
      ].join("\n\n"),
    );
    const { options } = personDistractors(
      facts,
      "Lana Boatwright",
      "",
      "seed",
      [],
      "My husband and I take them to the grocery store at night",
    );
    each(["Rick Pate", "Blake Corder"], (name) => expect(options).not.toContain(name));
    const { questions } = generateQuestions(
      {
        title: "Marines",
        text: "New missiles may make it necessary to debark from ships 25, 40 or 60 or more miles at sea, the secretary said on Thursday in a speech.",
        publishedAt: "2010-08-13",
      },
      { count: 10 },
    );
    expect(
      questions.some(
        (question) =>
          question.type === "how-many" && /25, 40 or _____|_____, 40 or 60|25, _____ or 60/.test(question.prompt),
      ),
    ).toBe(false);
  });

  it("'across the EU' is no organisation question, and a chess player is offered no prime ministers", () => {
    const text = [
      "Wildfires burned more than 1 million hectares across the EU, the largest area since records began in 2006.",
      "Gukesh Dommaraju of India beat China's Ding Liren in the final game of their match in Singapore on Thursday.",
      "Indian Prime Minister Narendra Modi called the win historic, and Chinese President Xi Jinping did not comment.",
    ].join("\n\n");
    const { dropped } = generateQuestions({ title: "Summer", text, publishedAt: "2024-12-12" }, { count: 10 });
    expect(
      dropped.some(
        (candidate) =>
          candidate.prompt.includes("across the _____") &&
          candidate.reasons.includes("not worth asking: an organisation used as a place"),
      ),
    ).toBe(true);
    const facts = factsOf(text, "2024-12-12");
    const { options } = personDistractors(
      facts,
      "Ding Liren",
      "Gukesh Dommaraju of India beat China's Ding Liren in the final game.",
      "seed",
    );
    each(["Narendra Modi", "Xi Jinping", "Wang Yi", "Donald Trump"], (leader) => expect(options).not.toContain(leader));
  });
});

describe("rules learned from the ninth fresh round (a sentencing, a share listing, a new species)", () => {
  it("neither place of a dateline ('VALENCIA, Spain (AP) —') is asked", () => {
    const text = [
      "VALENCIA, Spain (AP) — The death toll from flash floods in eastern Spain rose to 205 on Friday, officials said.",
      'Prime Minister Pedro Sánchez visited the area on Thursday. "Spain is crying with you," Sánchez said during the visit.',
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Floods", text, publishedAt: "2024-11-01" }, { count: 10 });
    expect(
      questions.some(
        (question) => question.type !== "true-false" && /“"_____ is crying|eastern _____ rose/.test(question.prompt),
      ),
    ).toBe(false);
  });

  it("reads a dateline whose country has two words ('HONIARA, Solomon Islands (AP) —')", () => {
    const text =
      "HONIARA, Solomon Islands (AP) — Scientists have confirmed the existence of a new species of giant rat on the Solomon Islands, a study said on Wednesday.";
    const { questions } = generateQuestions({ title: "Giant rat", text, publishedAt: "2023-09-27" }, { count: 10 });
    expect(questions.some((question) => question.prompt.includes("“_____, Solomon Islands (AP)"))).toBe(false);
  });

  it("after 'the', only countries that take it; and no stand-in the sentence already names by another name ('Britain')", () => {
    const text = [
      "A planned sale of the company to Nvidia collapsed in 2022 after opposition from regulators in the United States, Britain and the European Union.",
      "The listing was the largest in the United States since Rivian went public in November 2021, and Japan and Germany were next.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Arm listing", text, publishedAt: "2023-09-14" }, { count: 10 });
    each(
      questions.filter((candidate) => candidate.type === "where"),
      (question) => {
        if (question.evidence.text.includes("Britain")) expect(question.choices).not.toContain("United Kingdom");
        if (/the _____/.test(question.prompt))
          for (const choice of question.choices)
            expect(choice).toMatch(
              /^(?:United States|United Kingdom|Netherlands|Philippines|United Arab Emirates|Czech Republic|Dominican Republic)$/,
            );
      },
    );
    // "regulators in the ___, Britain and …": the only countries that take "the" are the answer and the United
    // Kingdom, which the sentence already names as Britain, so there is no fair multiple choice to offer.
    const facts = factsOf(text, "2023-09-14");
    const us = facts.entities.get("United States")!;
    const { options } = placeDistractors(facts, us, text.split("\n\n")[0]!, "seed");
    expect(options).not.toContain("United Kingdom");
  });
});

describe("rules learned from the eleventh fresh round (a recall, a whale, a coalition collapse)", () => {
  it("the country of a dateline's city is given away ('SYDNEY (AP) —', 'BERLIN (AP) —')", () => {
    const text = [
      "SYDNEY (AP) — A rare white humpback whale was spotted off Australia's east coast on Sunday, delighting whale watchers.",
      "The whale was first spotted in 1991 and is thought to be about 35 years old, scientists said on Monday.",
    ].join("\n\n");
    const { questions } = generateQuestions({ title: "Whale", text, publishedAt: "2024-06-30" }, { count: 10 });
    expect(
      questions.some(
        (question) => question.type !== "true-false" && question.prompt.includes("off _____'s east coast"),
      ),
    ).toBe(false);
  });

  it("a place shown in another sentence's stem is not asked, even where a mask would hide it on its own sentence", () => {
    const text = [
      // No dateline here: "BERLIN" would keep Germany out of every question on its own.
      "Germany's three-party coalition collapsed on Wednesday after Chancellor Olaf Scholz fired his finance minister, Christian Lindner, over the 2025 budget.",
      "Lindner's party had opposed plans to suspend Germany's strict limits on government borrowing to pay for aid to Ukraine.",
      "The crisis comes as Germany, Europe's largest economy, faces a second year of recession, economists said.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Coalition collapses", text, publishedAt: "2024-11-07" },
      { count: 10 },
    );
    const germany = questions.filter(
      (question) =>
        question.type !== "true-false" &&
        (question.choices[question.answer as number] === "Germany" ||
          (Array.isArray(question.answer) && question.answer.includes("Germany"))),
    );
    each(germany, (question) =>
      expect(
        questions.filter(
          (other) => other !== question && other.type !== "true-false" && other.prompt.includes("Germany"),
        ),
      ).toEqual([]),
    );
    // "Christian" in "the Christian Democrats" is no short form of Christian Lindner.
    expect(
      factsOf(`${text} The opposition Christian Democrats lead the polls.`).shortNames.get("Christian Lindner"),
    ).not.toBe("Christian");
  });

  it("a company typed in may be written without its legal suffix, or as the article shortens it", () => {
    const text = [
      "TOKYO (Reuters) - Toyota Motor Corp said on Wednesday it would recall about 1 million vehicles in the United States over a sensor fault.",
      "Toyota said it was not aware of any injuries or deaths linked to the problem, and dealers will replace the sensors.",
    ].join("\n\n");
    const article = { title: "Recall", text, publishedAt: "2024-12-18" };
    const typed = candidatesOf(article, factsOf(text, article.publishedAt)).find(
      (candidate) => candidate.type === "fill-in" && candidate.answer === "Toyota Motor Corp",
    );
    expect(typed?.accepted).toEqual(expect.arrayContaining(["Toyota Motor Corp", "Toyota Motor", "Toyota"]));
  });
});

describe("rules learned from the twelfth fresh round (a takeover, a marathon, a library hack)", () => {
  it("'Who does the article describe as \"Former President\"?' is never offered another former president from the gazetteer", () => {
    const text = [
      "The deal closed after President Donald Trump approved it last week, the company said on Wednesday.",
      "David McCall, president of the United Steelworkers union, said his members would watch closely.",
      "Former President Joe Biden had blocked the deal in January on national security grounds.",
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Takeover", text, publishedAt: "2025-06-18" },
      factsOf(text, "2025-06-18"),
    );
    const who = candidates.find(
      (candidate) => candidate.type === "who" && candidate.prompt.includes("“Former President”"),
    );
    expect(who).toBeDefined();
    expect(who!.distractors.options).not.toContain("Barack Obama");
  });
});

describe("rules learned from the thirteenth fresh round (a British election, an AI launch, a dam)", () => {
  it("a story about one country's politics that names its own leader offers no leaders of other countries", () => {
    const text = [
      "LONDON (AP) — Britain's Labour Party won a landslide on Thursday, making Keir Starmer the country's next prime minister.",
      "The Conservatives, led by outgoing Prime Minister Rishi Sunak, won 121 seats, their worst result in their history.",
      "Sunak conceded defeat and apologised to Conservative candidates who had lost their seats, and Starmer thanked voters.",
    ].join("\n\n");
    const facts = factsOf(text, "2024-07-05");
    each(personDistractors(facts, "Rishi Sunak", "", "seed").options, (option) => {
      expect([
        "Recep Tayyip Erdogan",
        "Shigeru Ishiba",
        "Benjamin Netanyahu",
        "Li Qiang",
        "Vladimir Putin",
        "Donald Trump",
      ]).not.toContain(option);
    });
  });
});

describe("more questions from short posts (generator 1.3.0)", () => {
  const greek = {
    title: "Developments In Greece",
    publishedAt: "2011-09-21",
    text: [
      "The Greek cabinet agreed on yet another round of austerity measures today. The details come to us from Reuters:",
      "Pensions of more than $1,642.913 a month will be cut by 20%",
      '30,000 civil servants will go into "labor reserve"-- that means their pay will be reduced to 60% of their salaries while they have 12 months to find a new job in the state sector or be laid off.',
    ].join("\n\n"),
  };

  it("asks a duration of one number and its unit, with stand-ins in the same unit; never one of two parts", () => {
    const facts = factsOf(greek.text);
    expect(facts.mentions.some((mention) => mention.type === "quantity" && mention.text === "12 months")).toBe(true);
    each(quantityDistractors("12 months", "while they have 12 months to find a new job", "seed").options, (option) =>
      expect(option).toMatch(/^\d+ months$/),
    );
    const marathon = factsOf(
      "Chepngetich, 30, became the first woman to run the distance in under 2 hours and 10 minutes on Sunday.",
      "2024-10-14",
    );
    expect(marathon.mentions.filter((mention) => mention.type === "quantity").map((mention) => mention.text)).toEqual([
      "30",
    ]);
  });

  it("cuts a long sentence before 'while', so '60%' is asked with its subject and not as a fragment", () => {
    const { questions, dropped } = generateQuestions(greek, { count: 10 });
    const sixty = [...questions, ...dropped].filter((question) =>
      question.prompt.includes("reduced to _____ of their salaries"),
    );
    each(sixty, (question) => {
      expect(question.prompt).toContain("civil servants will go into");
      expect(question.prompt).not.toContain("12 months to find");
    });
  });

  it("shows the sentence before a stem too short to ask on its own, and asks nothing it shows", () => {
    const { questions } = generateQuestions(greek, { count: 10 });
    const reuters = questions.find((question) => answerOf(question) === "Reuters");
    expect(reuters?.prompt).toContain(
      "“The Greek cabinet agreed on yet another round of austerity measures today. The details come to us from _____:",
    );
    // The evidence is still the sentence that holds the answer.
    expect(reuters?.evidence.text).toBe("The details come to us from Reuters:");
    expect(
      questions
        .filter((question) => question !== reuters)
        .some((question) => question.prompt.includes("Greek cabinet agreed")),
    ).toBe(false);
  });

  it("offers nearby shares for a share past half (40%, 50%, 70%, 80%), never one past 100%", () => {
    const options = quantityDistractors("60%", "their pay will be reduced to 60% of their salaries", "seed").options;
    expect(options).toHaveLength(3);
    each(options, (option) => {
      const value = Number(option.replace("%", ""));
      expect(value).toBeGreaterThanOrEqual(30);
      expect(value).toBeLessThanOrEqual(90);
    });
  });

  it("masks a single digit where it stands ('([number]-years or less)'), not between every letter", () => {
    const text = [
      "Some traders found Wednesday's Fed statement to be a bit gloomier than expected by the markets.",
      "The Fed said it would replace $400 billion in short-term Treasurys (3-years or less) to the same amount of longer term securities.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Operation Twist", text, publishedAt: "2011-09-21" },
      { count: 10 },
    );
    const amount = questions.find((question) => answerOf(question) === "$400 billion");
    expect(amount?.prompt).toContain(
      "replace _____ in short-term Treasurys ([number]-years or less) to the same amount",
    );
    const years = questions.find((question) => answerOf(question) === "3");
    expect(years?.prompt).toContain("replace [amount] in short-term Treasurys (_____-years or less)");
  });

  it("lets a preposition stand between a mask and the blank ('[position] at _____')", () => {
    const text = [
      "Some traders found the Fed statement to be a bit gloomier than expected by most of the markets.",
      "Take a look here at how the statement was changed from the August statement, courtesy of Ian Lyngen, senior Treasury strategist at CRT Capital.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Operation Twist", text, publishedAt: "2011-09-21" },
      { count: 10 },
    );
    const employer = questions.find((question) => answerOf(question) === "CRT Capital");
    expect(employer?.prompt).toContain("courtesy of Ian Lyngen, [position] at _____.");
    expect(employer?.prompt).toContain("from the [date] statement");
  });

  it("drops a list bullet and a quotation mark the item never closes from the stem", () => {
    const text = [
      "The House Democratic Leadership gave members talking points for events around the anniversary this week.",
      '• "Social Security has been, for 75 years, a bedrock promise that every worker has earned with a lifetime of hard work.',
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Social Security at 75", text, publishedAt: "2010-08-13" },
      factsOf(text, "2010-08-13"),
    );
    each(
      candidates.filter((candidate) => candidate.answer === "75 years"),
      (candidate) =>
        expect(candidate.stem.startsWith("Social Security has been, for _____, a bedrock promise")).toBe(true),
    );
  });

  it("reads 'U.S. Centers for Disease Control and Prevention' and a union '… of Machinists and Aerospace Workers' as one name each", () => {
    const facts = factsOf(
      "Two doses protect about 97% of people, according to the U.S. Centers for Disease Control and Prevention. About 59% of the 33,000 members of the International Association of Machinists and Aerospace Workers backed the deal. The Bank of England and Barclays declined to comment.",
      "2024-11-05",
    );
    const organizations = facts.mentions
      .filter((mention) => mention.type === "organization")
      .map((mention) => mention.text);
    expect(organizations).toEqual(
      expect.arrayContaining([
        "International Association of Machinists and Aerospace Workers",
        "Bank of England",
        "Barclays",
      ]),
    );
    expect(
      facts.mentions.some((mention) => mention.text === "Disease Control" || mention.text === "Aerospace Workers"),
    ).toBe(false);
  });
});

describe("rules learned from the fourteenth fresh round (a port strike, a wildfire, a cricket final)", () => {
  it("reads a name that opens with a place as a body there, not a person; a county as no one", () => {
    const facts = factsOf(
      [
        "Southern California Edison said it had cut power to about 60,000 customers on Wednesday.",
        "Newsom declared a state of emergency for Los Angeles County, and the Los Angeles Unified School District closed 12 schools.",
        "Officials in New York City said Chad Michael Murray would attend, the California Department of Forestry and Fire Protection said.",
      ].join(" "),
      "2024-11-06",
    );
    const typed = new Map(facts.mentions.map((mention) => [mention.text, mention.type]));
    expect(typed.get("Southern California Edison")).toBe("organization");
    expect(typed.get("Los Angeles Unified School District")).toBe("organization");
    expect(typed.get("California Department of Forestry and Fire Protection")).toBe("organization");
    expect(typed.get("Chad Michael Murray")).not.toBe("organization");
    expect(typed.has("Los Angeles County")).toBe(false);
    expect([...typed.entries()].filter(([, type]) => type === "person").map(([text]) => text)).not.toContain(
      "New York City",
    );
  });

  it("'the dry Santa Ana winds' names no one", () => {
    const facts = factsOf(
      "The National Weather Service warned that the dry Santa Ana winds would continue until Friday, officials said.",
      "2024-11-06",
    );
    expect(facts.mentions.some((mention) => mention.text === "Santa Ana" && mention.type === "person")).toBe(false);
  });

  it("'across the western ___' takes only countries that read right after 'the'", () => {
    const text = [
      "California's fire season has grown longer over the past decade, state officials said on Wednesday.",
      "Scientists say a warmer, drier climate has made large fires more frequent across the western United States.",
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Wildfire", text, publishedAt: "2024-11-06" },
      factsOf(text, "2024-11-06"),
    );
    each(
      candidates.filter((candidate) => candidate.answer === "United States" || candidate.type === "true-false"),
      (candidate) =>
        expect(candidate.prompt).not.toMatch(
          /the western (?:Colombia|Mexico|Canada|Brazil|China|India|Japan|Russia|France|Germany)\b/,
        ),
    );
  });

  it("a World Cup outside football is offered no football competitions", () => {
    const text = [
      "India won the Twenty20 World Cup on Saturday, beating South Africa by seven runs in a tense final.",
      "South Africa, who had never before reached a World Cup final in either format, were led by Aiden Markram.",
    ].join("\n\n");
    const facts = factsOf(text, "2024-06-29");
    const cup = facts.entities.get("World Cup")!;
    expect(organizationDistractors(facts, cup, text, "seed").options).toEqual([]);
    const football = factsOf(
      "Argentina won the World Cup in Qatar after Lionel Messi scored two goals in the final against France.",
      "2022-12-18",
    );
    expect(
      organizationDistractors(football, football.entities.get("World Cup")!, "Argentina won the World Cup", "seed")
        .options,
    ).toHaveLength(3);
  });

  it("'U.S. Judge' is no stand-in for a 'U.S. District Judge', even where a body's name opens with 'U.S.'", () => {
    const text =
      "U.S. District Judge David Ezra blocked the law on Friday. The state appealed to the 5th U.S. Circuit Court of Appeals, a spokesman for Texas Attorney General Ken Paxton said.";
    const facts = factsOf(text, "2024-03-01");
    each(roleDistractors(facts, "David Ezra", "U.S. District Judge", "seed").options, (option) => {
      expect(option).not.toMatch(/^(?:U\.S\. )?(?:District )?Judge$/);
    });
  });
});

describe("rules learned from the fifteenth fresh round (an assisted-dying vote, a volcano, an antitrust ruling)", () => {
  it("reads 'Google's president of global affairs' whole, and keeps 'a NASA scientist' as a scientist", () => {
    const facts = factsOf(
      '"We will appeal," Kent Walker, Google\'s president of global affairs, said in a statement. "We are looking for the ingredients of life," said Gina DiBraccio, a NASA scientist.',
      "2024-08-05",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toEqual(
      expect.arrayContaining([
        ["Kent Walker", "president of global affairs"],
        ["Gina DiBraccio", "scientist"],
      ]),
    );
  });

  it("offers no leaders of countries the story only lists as examples", () => {
    const text = [
      "LONDON (Reuters) - British lawmakers voted on Friday to support a bill that would allow terminally ill adults to end their lives.",
      "Opponents, including Health Secretary Wes Streeting, said the proposals could put vulnerable people under pressure.",
      "Prime Minister Keir Starmer voted in favour but had said the government would remain neutral on the bill.",
      "Labour lawmaker Kim Leadbeater, who introduced the bill, said the vote gave dying people choice and dignity.",
      "Assisted dying is legal in several countries, including Canada, the Netherlands and Switzerland, and in some U.S. states.",
    ].join("\n\n");
    const facts = factsOf(text, "2024-11-29");
    each(personDistractors(facts, "Wes Streeting", "", "seed").options, (option) => {
      expect([
        "Joe Biden",
        "Donald Trump",
        "Barack Obama",
        "Mark Carney",
        "Justin Trudeau",
        "Dick Schoof",
      ]).not.toContain(option);
    });
  });

  it("asks neither figure of a measure given in two units ('about 3 kilometers (2 miles) long')", () => {
    const text =
      "The Icelandic Meteorological Office said the fissure was about 3 kilometers (2 miles) long and opened shortly after 11 p.m. on Wednesday.";
    const candidates = candidatesOf({ title: "Volcano", text, publishedAt: "2024-11-21" }, factsOf(text, "2024-11-21"));
    each(
      candidates.filter((candidate) => candidate.type === "how-many"),
      (candidate) => expect(candidate.problems).toContain("not worth asking: a figure given in two units"),
    );
  });

  it("'New Zealanders' and 'Iwo Jima' are no one; a two-word name describing a noun is a name to type", () => {
    const facts = factsOf(
      '"New Zealanders are paying for this every week," Luxon told reporters. The days of storming Iwo Jima are long gone. A wildfire driven by strong Santa Ana winds forced 30,000 people to flee.',
      "2024-11-21",
    );
    const people = facts.mentions.filter((mention) => mention.type === "person").map((mention) => mention.text);
    expect(people).not.toContain("New Zealanders");
    expect(people).not.toContain("Iwo Jima");
    expect(facts.mentions.find((mention) => mention.text === "Santa Ana")?.type).toBe("term");
  });
});

describe("rules learned from the sixteenth fresh round (a rail strike, a drug approval, a cathedral reopening)", () => {
  const rail = [
    "BERLIN (AP) — Germany's train drivers' union began a six-day strike on Wednesday, the longest in the history of the national railway Deutsche Bahn.",
    "The GDL union, which represents about 40,000 workers, wants a cut in weekly working hours from 38 to 35.",
    '"We are not going to let ourselves be blackmailed," Deutsche Bahn\'s head of personnel, Martin Seiler, told reporters in Frankfurt.',
    '"The management is responsible for this strike," GDL leader Claus Weselsky said on Wednesday.',
    "Economists at the Kiel Institute for the World Economy estimated that a day of strikes costs about 100 million euros.",
  ].join("\n\n");

  it("reads 'Deutsche Bahn', 'the GDL union' and 'Kiel Institute for the World Economy' as organisations, every time they appear", () => {
    const facts = factsOf(rail, "2024-01-10");
    const kinds = (name: string) =>
      new Set(facts.mentions.filter((mention) => mention.entity === name).map((mention) => mention.type));
    expect([...kinds("Deutsche Bahn")]).toEqual(["organization"]);
    expect([...kinds("GDL")]).toEqual(["organization"]);
    expect([...kinds("Kiel Institute for the World Economy")]).toEqual(["organization"]);
  });

  it("gives a quotation to the person the speech verb follows ('…, Martin Seiler, told reporters'), and asks about its sentence", () => {
    const facts = factsOf(rail, "2024-01-10");
    expect(facts.quotes.find((quote) => quote.text.startsWith("We are not going"))?.speaker).toBe("Martin Seiler");
    const { questions, dropped } = generateQuestions(
      { title: "Rail strike", text: rail, publishedAt: "2024-01-10" },
      { count: 10 },
    );
    const onIt = [...questions, ...dropped].filter((question) => question.prompt.includes("blackmailed"));
    each(onIt, (question) => expect(question.reasons).not.toContain("unresolved pronoun"));
  });

  it("asks nobody to be picked out as a bare 'leader'", () => {
    const candidates = candidatesOf(
      { title: "Rail strike", text: rail, publishedAt: "2024-01-10" },
      factsOf(rail, "2024-01-10"),
    );
    expect(
      candidates.some(
        (candidate) => candidate.prompt.includes("describe as “leader”") || candidate.answer === "leader",
      ),
    ).toBe(false);
  });

  it("swaps no name that its acronym follows in a true/false statement ('the University of Georgia (UGA)')", () => {
    const text = [
      "Researchers at the University of South Florida said last week that much of the oil remained in the water.",
      "In a newly released report, researchers at the University of Georgia (UGA) looked at the government survey and reached different conclusions.",
    ].join("\n\n");
    const candidates = candidatesOf({ title: "Oil", text, publishedAt: "2010-08-17" }, factsOf(text, "2010-08-17"));
    expect(
      candidates.some(
        (candidate) => candidate.type === "true-false" && candidate.prompt.includes("South Florida (UGA)"),
      ),
    ).toBe(false);
  });

  it("never offers the city that holds the answer ('Hollywood' and Los Angeles)", () => {
    const text = [
      "Mikey Madison won best actress at the ceremony, held at the Dolby Theatre in Hollywood on Sunday night.",
      "The film was shot in New York and Las Vegas, and its director grew up in Los Angeles.",
    ].join("\n\n");
    const facts = factsOf(text, "2025-03-03");
    const options = placeDistractors(facts, facts.entities.get("Hollywood")!, text.split("\n\n")[0]!, "seed").options;
    expect(options.length).toBeGreaterThan(0);
    expect(options).not.toContain("Los Angeles");
  });
});

describe("rules learned from the seventeenth fresh round (a student-permit cap, a moon landing, a football final)", () => {
  it("reads names with small words inside ('Luis de la Fuente', 'Ursula von der Leyen'), short forms with them", () => {
    const facts = factsOf(
      "Spain coach Luis de la Fuente said the team made history. European Commission President Ursula von der Leyen welcomed the deal on Monday.",
      "2024-07-15",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toEqual([
      ["Luis de la Fuente", "Spain coach"],
      ["Ursula von der Leyen", "European Commission President"],
    ]);
    expect(shortName("Luis de la Fuente")).toBe("de la Fuente");
    expect(shortName("Ursula von der Leyen")).toBe("von der Leyen");
  });

  it("never cuts a name at 'dos' ('Jose Eduardo dos Santos' is not 'Jose Eduardo', to type)", () => {
    const facts = factsOf(
      "Joao Lourenco will succeed Jose Eduardo dos Santos, who led Angola for 38 years.",
      "2017-09-06",
    );
    const people = [...facts.entities.values()]
      .filter((entity) => entity.type === "person")
      .map((entity) => entity.name);
    expect(people).toContain("Joao Lourenco");
    expect(people).not.toContain("Jose Eduardo");
  });

  it("reads 'fellow American Ashlyn Krueger' as a person from the US, not a body called 'American Ashlyn Krueger'", () => {
    const facts = factsOf("Pegula moved on by beating fellow American Ashlyn Krueger 6-2, 6-0.", "2024-07-02");
    const named = [...facts.entities.values()].map((entity) => `${entity.type}:${entity.name}`);
    expect(named).toContain("person:Ashlyn Krueger");
    expect(named.filter((name) => name.includes("American"))).toEqual([]);
    const bodies = factsOf("The British Library and the American Airlines Group said so.", "2024-07-02");
    expect([...bodies.entities.values()].map((entity) => entity.type)).toEqual(["organization", "organization"]);
  });

  it("keeps the body's name whole where the run was cut from a longer one ('Democratic National Committee Chairman')", () => {
    const facts = factsOf(
      "Democratic National Committee Chairman Tim Kaine says Democrats will keep up the fight this autumn.",
      "2010-08-13",
    );
    expect(facts.roles.some((role) => role.role === "National Committee Chairman")).toBe(false);
  });

  it("swaps a possessive only for a name that reads before \"'s\" ('Russia's Luna-25', never 'United States's')", () => {
    const text = [
      "India became the first country to land a spacecraft near the moon's south pole, days after a Russian probe crashed.",
      "Russia's Luna-25 spacecraft crashed into the moon on Saturday after its engines fired for longer than planned.",
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Moon landing", text, publishedAt: "2023-08-23" },
      factsOf(text, "2023-08-23"),
    );
    each(
      candidates.filter((candidate) => candidate.type === "true-false" && candidate.prompt.includes("Luna-25")),
      (candidate) => expect(candidate.prompt).not.toMatch(/(?:s's|United States's|Philippines's) Luna/),
    );
  });
});

describe("rules learned from the eighteenth fresh round (streaming results, a coup charge, a climate report)", () => {
  const coup = [
    "Former Brazilian president Bolsonaro charged over alleged coup plot",
    "BRASILIA (AP) — Brazil's prosecutor-general on Tuesday charged former President Jair Bolsonaro with attempting a coup after he lost the 2022 election.",
    "Prosecutor-General Paulo Gonet accused Bolsonaro of planning to kill Lula and his vice president Geraldo Alckmin.",
    "On January 8, 2023, thousands of Bolsonaro's supporters stormed the presidential palace, Congress and the Supreme Court in Brasilia.",
  ].join("\n\n");

  it("reads 'former President', 'vice president' and 'co-chief executive' whole, and a surname named before the full name as that person", () => {
    const facts = factsOf(
      `${coup} Netflix co-chief executive Ted Sarandos told investors it was a big quarter.`,
      "2025-02-18",
    );
    const roles = facts.roles.map((role) => [role.person, role.role]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ["Jair Bolsonaro", "former President"],
        ["Jair Bolsonaro", "Former Brazilian president"],
        ["Geraldo Alckmin", "vice president"],
        ["Ted Sarandos", "Netflix co-chief executive"],
      ]),
    );
    expect(facts.mentions.some((mention) => mention.text === "Former Brazilian")).toBe(false);
  });

  it("a story filed from another country's capital offers no U.S. agencies for its 'Congress' ('Brasilia' as 'Brasília')", () => {
    const facts = factsOf(coup, "2025-02-18");
    const options = organizationDistractors(
      facts,
      facts.entities.get("Congress")!,
      coup.split("\n\n")[3]!,
      "seed",
    ).options;
    expect(
      options.filter((option) =>
        ["NOAA", "FDA", "Census Bureau", "FBI", "CIA", "Pentagon", "State Department"].includes(option),
      ),
    ).toEqual([]);
    // Filed from Washington, the same sentence's Congress is the U.S. Congress, with U.S. bodies beside it.
    const washington = coup.replace("BRASILIA (AP)", "WASHINGTON (AP)");
    const american = factsOf(washington, "2025-02-18");
    expect(
      organizationDistractors(american, american.entities.get("Congress")!, washington.split("\n\n")[3]!, "seed")
        .options,
    ).toHaveLength(3);
  });

  it("'The British Library said' names a body", () => {
    const facts = factsOf(
      "LONDON (AP) — The British Library said on Friday that it had restored access to most of its catalogue.",
      "2024-03-15",
    );
    expect(facts.mentions.find((mention) => mention.text === "British Library")?.type).toBe("organization");
  });

  it("makes no true/false statement of a talking point whose quotation the list item never closes", () => {
    const text = [
      "A House Democratic source provided to CNN a memo laying out the key messages for the anniversary events.",
      '• "Social Security has been, for 75 years, a bedrock promise to every American worker.',
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Social Security", text, publishedAt: "2010-08-13" },
      factsOf(text, "2010-08-13"),
    );
    expect(
      candidates.some((candidate) => candidate.type === "true-false" && candidate.prompt.includes("bedrock promise")),
    ).toBe(false);
  });
});

describe("rules learned from the nineteenth fresh round (a plane crash, a hotel ban, a royal diagnosis)", () => {
  it("reads 'Choi Sang-mok' whole and 'Jeju Air' as an airline; 'Smith-led' stays no name", () => {
    const facts = factsOf(
      "Acting President Choi Sang-mok ordered an inspection on Monday. Jeju Air chief executive Kim E-bae apologised. The Smith-led coalition disagreed.",
      "2024-12-30",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toEqual(
      expect.arrayContaining([
        ["Choi Sang-mok", "Acting President"],
        ["Kim E-bae", "Jeju Air chief executive"],
      ]),
    );
    expect(facts.mentions.find((mention) => mention.text === "Jeju Air")?.type).toBe("organization");
    expect(facts.mentions.some((mention) => mention.text.includes("Smith-led"))).toBe(false);
  });

  it("'Venice and Barcelona' in a story about tourism are cities; in a football story Barcelona is the club", () => {
    const tourism = factsOf(
      "Other European cities, including Venice and Barcelona, have introduced entry fees for day visitors this year.",
      "2024-03-20",
    );
    expect(tourism.mentions.find((mention) => mention.text === "Barcelona")?.type).toBe("city");
    const football = factsOf(
      "Barcelona beat Real Madrid 3-2 after Lamine Yamal scored two goals in the second half.",
      "2024-03-20",
    );
    expect(football.mentions.find((mention) => mention.text === "Barcelona")?.type).toBe("organization");
  });

  it("offers ages a few years either side for 'the 75-year-old king'", () => {
    each(
      quantityDistractors("75", "The palace did not say what type of cancer the 75-year-old king had.", "seed").options,
      (option) => {
        expect(Math.abs(Number(option) - 75)).toBeLessThanOrEqual(10);
      },
    );
  });
});

describe("rules learned from the twentieth fresh round (a tax protest, a chip plant, a whale count)", () => {
  const chips = [
    "TOKYO (Reuters) - Taiwan Semiconductor Manufacturing Co said on Tuesday it would build a second factory in southern Japan.",
    "The new plant is due to start operating by the end of 2027 and will make chips with 6- and 7-nanometre technology, the company said.",
    "Sony Group and the carmaker Toyota Motor will each take a stake in the joint venture that runs both plants.",
    "TSMC, the world's largest contract chipmaker, makes chips for Apple and Nvidia.",
  ].join("\n\n");

  it("reads an acronym of a name the article spells out as that body, never its stand-in", () => {
    const facts = factsOf(chips, "2024-02-06");
    expect(facts.mentions.find((mention) => mention.text === "TSMC")?.entity).toBe(
      "Taiwan Semiconductor Manufacturing Co",
    );
    const tsmc = facts.entities.get("Taiwan Semiconductor Manufacturing Co")!;
    expect(organizationDistractors(facts, tsmc, chips.split("\n\n")[0]!, "seed").options).not.toContain("TSMC");
  });

  it("asks neither figure of a pair written '6- and 7-nanometre'", () => {
    const candidates = candidatesOf(
      { title: "Chips", text: chips, publishedAt: "2024-02-06" },
      factsOf(chips, "2024-02-06"),
    );
    each(
      candidates.filter((candidate) => candidate.type === "how-many" && candidate.evidence.text.includes("nanometre")),
      (candidate) => expect(candidate.problems).toContain("not worth asking: one end of a range"),
    );
  });
});

describe("rules learned from the twenty-first fresh round (a basketball trade, a plea deal, a shipwreck)", () => {
  it("offers cities, not army bases, for Fort Worth", () => {
    const text =
      "The plea must still be approved by U.S. District Judge Reed O'Connor in Fort Worth, Texas, where the case was filed last year.";
    const facts = factsOf(text, "2024-07-08");
    each(placeDistractors(facts, facts.entities.get("Fort Worth")!, text, "seed").options, (option) =>
      expect(option).not.toMatch(/^(?:Camp|Fort) (?!Lauderdale)/),
    );
  });

  it("offers figures near a measured one ('averaging 25.7 points'), not three times it", () => {
    each(
      quantityDistractors("25.7", "He is averaging 25.7 points and 11.9 rebounds a game this season.", "seed").options,
      (option) => {
        expect(Number(option)).toBeGreaterThan(15);
        expect(Number(option)).toBeLessThan(40);
      },
    );
  });
});

describe("rules learned from the twenty-second fresh round (a doping ban, a derailment, a festival)", () => {
  it("offers the same office in other states for 'Ohio Governor'", () => {
    const facts = factsOf(
      "Ohio Governor Mike DeWine said the decision was made after officials learned the temperature was rising near the Pennsylvania border.",
      "2023-02-08",
    );
    each(roleDistractors(facts, "Mike DeWine", "Ohio Governor", "seed").options, (option) => {
      expect(option).toMatch(/^[A-Z][a-z]+(?: [A-Z][a-z]+)? Governor$/);
      expect(option).not.toBe("Ohio Governor");
    });
  });

  it("asks neither figure of a price given in two currencies ('373.50 pounds ($475)')", () => {
    const text =
      "Tickets sold out in 35 minutes on Sunday, organisers said, despite a rise in price to 373.50 pounds ($475) for a standard ticket.";
    const candidates = candidatesOf(
      { title: "Festival", text, publishedAt: "2024-11-17" },
      factsOf(text, "2024-11-17"),
    );
    each(
      candidates.filter((candidate) => candidate.type === "how-many" && /pounds|\$475/.test(candidate.answer)),
      (candidate) => expect(candidate.problems).toContain("not worth asking: a figure given in two units"),
    );
  });
});

describe("rules learned from the twenty-third fresh round (a museum loan, an inflation report, a panda arrival)", () => {
  it("offers rates 0.2 points apart for 'rose 3.37%', and small steps for a share under one point", () => {
    each(quantityDistractors("3.37%", "Prices rose 3.37% from the previous month.", "seed").options, (option) => {
      expect(Math.abs(Number(option.replace("%", "")) - 3.37)).toBeGreaterThanOrEqual(0.19);
    });
    expect(
      quantityDistractors("0.04 percent", "the study affected 0.04 percent of users", "seed").options,
    ).toHaveLength(3);
  });
});

describe("rules learned from the twenty-fourth fresh round (a ceasefire, a car factory, a ticketing breach)", () => {
  it("writes a stand-in of a thousand million or more in billions ('1.24 billion', not '1,240 million')", () => {
    each(
      quantityDistractors(
        "620 million",
        "Ticketmaster sold more than 620 million tickets in 35 countries last year.",
        "seed",
      ).options,
      (option) => {
        expect(option).not.toMatch(/^\d{1,3},\d{3} million$/);
      },
    );
  });
});

describe("rules learned from the twenty-fifth fresh round (bird flu in cattle, an election in Senegal, rocket debris)", () => {
  it("'Western Australia' is no one, while 'South Africa' and 'Central Asia' stay places", () => {
    const facts = factsOf(
      "Pieces of Skylab fell on Western Australia in 1979. South Africa and Central Asia reported no debris.",
      "2024-08-01",
    );
    expect(facts.mentions.some((mention) => mention.text === "Western Australia" && mention.type === "person")).toBe(
      false,
    );
    expect(facts.mentions.find((mention) => mention.text === "South Africa")?.type).toBe("country");
    expect(facts.mentions.find((mention) => mention.text === "Central Asia")?.type).toBe("region");
  });

  it("offers nearby shares for 'won 54.3% of the vote'", () => {
    each(
      quantityDistractors("54.3%", "Faye won the election in the first round with 54.3% of the vote.", "seed").options,
      (option) => {
        expect(Number(option.replace("%", ""))).toBeGreaterThan(20);
        expect(Number(option.replace("%", ""))).toBeLessThan(100);
      },
    );
  });
});

describe("rules learned from the twenty-sixth fresh round (a takeover, a heat disaster, library cuts)", () => {
  const deal = [
    "TOKYO (Reuters) - Nippon Paint Holdings said on Monday it had agreed to buy AOC, a U.S. maker of resins, for $2.3 billion.",
    "Nippon Paint co-president Wee Siew Kim said the purchase would give the company a foothold in North America.",
    '"This is a high-quality business with strong growth potential," Wee said.',
  ].join("\n\n");

  it("offers a company's own jobs for 'Nippon Paint co-president', and no world leaders for its quotation", () => {
    const facts = factsOf(deal, "2024-05-27");
    each(roleDistractors(facts, "Wee Siew Kim", "Nippon Paint co-president", "seed").options, (option) => {
      expect(option).toMatch(/^Nippon Paint [a-z]/);
    });
    expect(
      personDistractors(facts, "Wee Siew Kim", "", "seed", [], "This is a high-quality business").options.filter(
        (name) => ["Joe Biden", "Donald Trump", "Barack Obama"].includes(name),
      ),
    ).toEqual([]);
  });

  it("offers figures near '$1.1 billion', not '$0.3 billion'", () => {
    each(
      quantityDistractors("$1.1 billion", "AOC had sales of about $1.1 billion last year.", "seed").options,
      (option) => {
        expect(Number(option.replace(/[$ a-z]/g, ""))).toBeGreaterThanOrEqual(0.8);
      },
    );
  });
});

describe("rules learned from the twenty-seventh fresh round (a Nobel prize, layoffs, a plea deal abroad)", () => {
  it("asks no surname alone that two people in the article share", () => {
    const text = [
      "WikiLeaks founder Julian Assange left a British prison on Monday after agreeing to plead guilty to a single charge.",
      '"Julian is free," his wife, Stella Assange, wrote on social media on Monday evening.',
      "U.S. prosecutors had charged Assange with 18 counts over the publication in 2010 of secret documents.",
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Assange freed", text, publishedAt: "2024-06-25" },
      factsOf(text, "2024-06-25"),
    );
    each(
      candidates.filter((candidate) => candidate.stem.includes("had charged _____")),
      (candidate) =>
        expect(candidate.problems).toContain("more than one defensible answer (two people share the name)"),
    );
  });

  it("reads the Soviet Union as no organisation, and asks neither figure of '11 million Swedish kronor ($1 million)'", () => {
    const text =
      "Ekimov, 78, discovered quantum dots in coloured glass in the early 1980s while working in the Soviet Union. The prize is worth 11 million Swedish kronor ($1 million) and will be shared equally.";
    const facts = factsOf(text, "2023-10-04");
    expect(facts.mentions.some((mention) => mention.text === "Soviet Union")).toBe(false);
    const candidates = candidatesOf({ title: "Nobel", text, publishedAt: "2023-10-04" }, facts);
    each(
      candidates.filter((candidate) => candidate.type === "how-many" && /million/.test(candidate.answer)),
      (candidate) => expect(candidate.problems).toContain("not worth asking: a figure given in two units"),
    );
  });
});

describe("rules learned from the twenty-eighth fresh round (floods, a chess row, a Mars lake)", () => {
  it("types back a quoted name of up to two words, not a three-word phrase", () => {
    const facts = factsOf(
      'The heatwave, known as "the Blob", cut the supply of krill. She called the floods a "climate-induced humanitarian disaster".',
      "2022-08-29",
    );
    const terms = facts.mentions.filter((mention) => mention.type === "term").map((mention) => mention.text);
    expect(terms).toContain("the Blob");
    expect(terms).not.toContain("climate-induced humanitarian disaster");
  });
});

describe("rules learned from the twenty-ninth fresh round (a bridge collapse, an AI bill veto, an Olympic final)", () => {
  it("reads a bill's or an index's number as its name, not a count ('SB 1047', 'S&P 500')", () => {
    const facts = factsOf(
      "The bill, SB 1047, would have applied to AI models that cost more than $100 million to train. The S&P 500 index closed down 1.2%.",
      "2024-09-30",
    );
    const quantities = facts.mentions.filter((mention) => mention.type === "quantity").map((mention) => mention.text);
    expect(quantities).not.toContain("1047");
    expect(quantities).not.toContain("500");
  });

  it("offers no company the sentence already names by another name ('Meta' and Facebook)", () => {
    const text =
      "The bill was opposed by OpenAI, Meta and Google, who said it would harm the state's technology industry.";
    const facts = factsOf(text, "2024-09-30");
    expect(organizationDistractors(facts, facts.entities.get("Google")!, text, "seed").options).not.toContain(
      "Facebook",
    );
  });
});

describe("rules learned from the thirtieth fresh round (an airline merger, a golf major, a tomb discovery)", () => {
  const airline = [
    "SEATTLE - Alaska Air Group on Tuesday won final approval from the U.S. Department of Transportation for its $1.9 billion purchase of Hawaiian Airlines, clearing the way for the first merger of major U.S. carriers in eight years.",
    "Hawaiian, which has lost money every year since the pandemic, will become a subsidiary of Alaska Air Group, and its headquarters will stay in Honolulu.",
    "The Justice Department had allowed its review to expire last month, even though it had challenged JetBlue Airways' attempt to buy Spirit Airlines.",
    "Shares of Alaska Air Group rose 3% in afternoon trading in New York.",
  ].join("\n\n");
  const headline = "Regulators clear Alaska Airlines' $1.9 billion takeover of Hawaiian Airlines";

  it("asks nothing the headline on screen answers: its figures and places anywhere, its names on the lead", () => {
    const { questions, dropped } = generateQuestions(
      { title: headline, text: airline, publishedAt: "2024-09-18" },
      { count: 10 },
    );
    expect(questions.map(answerOf)).not.toContain("$1.9 billion");
    expect(questions.map(answerOf)).not.toContain("Hawaiian Airlines");
    // "Alaska Airlines" in the headline names Alaska Air Group for a reader of the lead.
    expect(
      questions.some(
        (question) => question.evidence.text.startsWith("SEATTLE") && answerOf(question).startsWith("Alaska Air"),
      ),
    ).toBe(false);
    expect(dropped.some((candidate) => candidate.reasons.includes("answer shown in the headline"))).toBe(true);
    // What the headline does not show is still asked.
    expect(questions.length).toBeGreaterThanOrEqual(3);
  });

  it("asks a name the headline gives only about another matter, ranked lower, and never to be typed", () => {
    const text = [
      "AUGUSTA, Ga. (AP) - Scottie Scheffler won the Masters for the second time in three years on Sunday, finishing four shots clear of Ludvig Aberg.",
      "Scheffler became the fourth player to win the Masters twice before turning 28, joining Jack Nicklaus, Seve Ballesteros and Tiger Woods.",
      "Scheffler, 27, pulled away with three birdies in four holes from the eighth.",
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Scheffler wins second Masters title", text, publishedAt: "2024-04-15" },
      factsOf(text, "2024-04-15"),
    );
    const about = (start: string) =>
      candidates.filter(
        (candidate) =>
          candidate.entity === "Scottie Scheffler" &&
          candidate.evidence.text.startsWith(start) &&
          candidate.type !== "true-false",
      );
    each(about("AUGUSTA"), (candidate) => expect(candidate.problems).toContain("answer shown in the headline"));
    each(about("Scheffler became"), (candidate) =>
      expect(candidate.problems).toContain("answer shown in the headline"),
    );
    const elsewhere = about("Scheffler, 27");
    // A choice question on another matter stays, ranked lower; the name is never typed back from the heading.
    each(
      elsewhere.filter((candidate) => candidate.type !== "fill-in"),
      (candidate) => expect(candidate.notes).toContain("answer named in the headline"),
    );
    each(
      elsewhere.filter((candidate) => candidate.type === "fill-in"),
      (candidate) => expect(candidate.problems).toContain("answer shown in the headline"),
    );
  });

  it("offers no stand-in of the answer's own brand or of a body the sentence names by its first word", () => {
    const facts = factsOf(`${headline}. ${airline}`, "2024-09-18");
    const subsidiary = airline.split("\n\n")[1]!;
    const options = organizationDistractors(facts, facts.entities.get("Alaska Air Group")!, subsidiary, "seed").options;
    expect(options).not.toContain("Alaska Airlines");
    expect(options).not.toContain("Hawaiian Airlines");
    expect(options).toEqual(expect.arrayContaining(["Spirit Airlines", "JetBlue Airways"]));
  });

  it("reads a dateline's spaced dash, 'Shares of …' and a U.S. department as a reader would", () => {
    const facts = factsOf(airline, "2024-09-18");
    expect(facts.entities.get("Alaska Air Group")?.mentions).toBe(3);
    expect([...facts.entities.keys()].filter((name) => /SEATTLE|Shares/.test(name))).toEqual([]);
    expect(facts.entities.get("U.S. Department of Transportation")).toMatchObject({
      kind: "government",
      sector: "us-federal",
    });
  });

  it("reads 'Spanish Egyptologist Jose Manuel Galan' and 'archaeologist Zahi Hawass' as a role and a person, so their quotations have a speaker", () => {
    const facts = factsOf(
      'The team, led by Spanish Egyptologist Jose Manuel Galan, found two coffins. "This is one of the best-preserved tombs of the period," Galan said. The find was praised by archaeologist Zahi Hawass on Friday.',
      "2025-03-12",
    );
    expect(facts.roles.map((role) => [role.person, role.role])).toEqual([
      ["Jose Manuel Galan", "Spanish Egyptologist"],
      ["Zahi Hawass", "archaeologist"],
    ]);
    expect(facts.quotes.map((quote) => quote.speaker)).toEqual(["Jose Manuel Galan"]);
  });
});

describe("role stand-ins from the same sphere (found re-reading the hold-out texts after the thirtieth round)", () => {
  const text =
    "California Governor Gavin Newsom vetoed the bill on Sunday. Stanford University professor Fei-Fei Li had warned against it. President Joe Biden blocked the deal in January. David McCall, president of the United Steelworkers union, welcomed the decision.";

  it("offers a professor other academic posts, not the governor's office or a union's presidency, and not 'Stanford University university dean'", () => {
    const facts = factsOf(text, "2024-09-30");
    each(roleDistractors(facts, "Fei-Fei Li", "Stanford University professor", "seed").options, (option) => {
      expect(option).not.toMatch(/Governor|President|University university/i);
      expect(option).toMatch(/^Stanford University /);
    });
  });

  it("offers a president no union's presidency or professorship", () => {
    const facts = factsOf(text, "2024-09-30");
    each(roleDistractors(facts, "Joe Biden", "President", "seed").options, (option) =>
      expect(option).not.toMatch(/union|professor/i),
    );
  });
});

describe("found re-judging the fixtures after the thirtieth round's headline rule", () => {
  it("reads a capital in a blank as its country in the headline ('Russia's Nuclear Help to Iran' over 'But ___ announced …')", () => {
    const text = [
      "But Moscow announced Friday it will start loading fuel into Iran's first nuclear power plant next Saturday, a step the United States has long opposed.",
      "Delaying the project has given Russia continued influence with Tehran in international talks.",
      "Bushehr has also been a way to gain leverage with Washington, officials said.",
    ].join("\n\n");
    const candidates = candidatesOf(
      {
        title: "Russia's Nuclear Help to Iran Stirs Questions About Relations With U.S.",
        text,
        publishedAt: "2010-08-13",
      },
      factsOf(text, "2010-08-13"),
    );
    each(
      candidates.filter(
        (candidate) => candidate.type === "where" && ["Moscow", "Tehran", "Washington"].includes(candidate.entity),
      ),
      (candidate) => expect(candidate.problems).toContain("answer shown in the headline"),
    );
  });

  it("reads a company's first word in the headline as the company, but a place's as the place", () => {
    const text =
      "SAN JOSE, Calif. (Reuters) - Cisco Systems said on Thursday it would buy cybersecurity company Splunk for about $28 billion in cash.\n\nThe quake hit the Noto Peninsula at 4:10 p.m. on Monday, the Japan Meteorological Agency said.";
    const candidates = candidatesOf(
      { title: "Cisco to buy Splunk as Japan quake hits", text, publishedAt: "2024-01-02" },
      factsOf(text, "2024-01-02"),
    );
    each(
      candidates.filter((candidate) => candidate.entity === "Cisco Systems" && candidate.type !== "true-false"),
      (candidate) => expect(candidate.problems).toContain("answer shown in the headline"),
    );
    each(
      candidates.filter(
        (candidate) => candidate.entity === "Japan Meteorological Agency" && candidate.type !== "true-false",
      ),
      (candidate) => expect(candidate.problems).not.toContain("answer shown in the headline"),
    );
  });

  it("swaps no end of a range in a true-or-false statement ('between 88% and 60%')", () => {
    const text =
      "The electoral institute said Claudia Sheinbaum, a former mayor of Mexico City, had won between 58% and 60% of the vote in Sunday's election.";
    const candidates = candidatesOf(
      { title: "Election result", text, publishedAt: "2024-06-03" },
      factsOf(text, "2024-06-03"),
    );
    const falseRanges = candidates.filter(
      (candidate) =>
        candidate.type === "true-false" &&
        candidate.answer === "False" &&
        /\d+% and \d+%/.test(candidate.stem) &&
        !candidate.stem.includes("58% and 60%"),
    );
    each(falseRanges, (candidate) => expect(candidate.problems).toContain("not worth asking: one end of a range"));
  });
});

describe("rules learned from the thirty-first fresh round (a hospital ransomware attack, a Tour de France, bitcoin funds)", () => {
  it("reads 'Grayscale Investments' and 'Ark Invest' as firms, so no person is offered beside them and they are offered to no person", () => {
    const facts = factsOf(
      "The regulator approved 11 applications, including those from BlackRock, Fidelity and Grayscale Investments. Cathie Wood, chief executive of Ark Invest, welcomed it.",
      "2024-01-11",
    );
    expect(facts.entities.get("Grayscale Investments")?.type).toBe("organization");
    expect(facts.entities.get("Ark Invest")?.type).toBe("organization");
  });

  it("offers a British body only British bodies, never the Kremlin or FEMA", () => {
    const text =
      "LONDON (Reuters) - A ransomware attack has forced several London hospitals to cancel operations, the NHS said on Tuesday.";
    const facts = factsOf(text, "2024-06-05");
    const options = organizationDistractors(facts, facts.entities.get("NHS")!, text, "seed").options;
    expect(options.filter((option) => /Kremlin|FEMA|EPA|FBI|CIA|Pentagon|White House|Congress/.test(option))).toEqual(
      [],
    );
  });

  it("reads 'St Thomas'' as no person, and asks no blank for the tail of a name after a bare possessive", () => {
    const text =
      "King's College Hospital and Guy's and St Thomas' NHS Foundation Trust declared a critical incident on Tuesday and diverted some emergency patients to other hospitals.";
    const facts = factsOf(text, "2024-06-05");
    expect([...facts.entities.values()].filter((entity) => entity.type === "person")).toEqual([]);
    const candidates = candidatesOf({ title: "Hospitals hit", text, publishedAt: "2024-06-05" }, facts);
    each(
      candidates.filter((candidate) => candidate.entity === "NHS Foundation Trust" && candidate.type !== "true-false"),
      (candidate) => expect(candidate.problems).toContain("answer cut from a longer name"),
    );
  });
});

describe("rules learned from the thirty-second fresh round (a government's fall, an antibiotic found by AI, a painting auction)", () => {
  it("reads a work's title in quotation marks, a body's possessive and 'the French Impressionist' as no person and no body", () => {
    const facts = factsOf(
      'The record still belongs to Leonardo da Vinci\'s "Salvator Mundi," which fetched $450.3 million. It beat Monet\'s "Le Bassin aux Nympheas" easily. "They are celebrated," said Simon Shaw, co-head of Sotheby\'s Impressionist and modern art department. It was a record for the French Impressionist.',
      "2019-05-15",
    );
    const people = [...facts.entities.values()]
      .filter((entity) => entity.type === "person")
      .map((entity) => entity.name);
    expect(people).toContain("Simon Shaw");
    expect(people.filter((name) => /Salvator|Bassin|Sotheby/.test(name))).toEqual([]);
    expect(facts.entities.has("French Impressionist")).toBe(false);
  });
});

describe("rules learned from the thirty-third fresh round (coral bleaching, an NBA final, a film-set verdict)", () => {
  it("offers no country without a coast where the sentence is about reefs or the sea", () => {
    const text = "Record ocean temperatures damaged coral reefs from Florida to Australia, scientists said on Monday.";
    const facts = factsOf(text, "2024-04-15");
    each(placeDistractors(facts, facts.entities.get("Australia")!, text, "seed").options, (option) => {
      expect([
        "Switzerland",
        "Austria",
        "Belarus",
        "Ethiopia",
        "Hungary",
        "Mongolia",
        "Nepal",
        "Bolivia",
        "Paraguay",
        "Afghanistan",
        "Kazakhstan",
      ]).not.toContain(option);
    });
  });

  it("reads a bare year in a list of years as a date, not a count ('in 1998, 2010 and from 2014')", () => {
    const facts = factsOf(
      "The previous global events were recorded in 1998, 2010 and from 2014 to 2017.",
      "2024-04-15",
    );
    expect(facts.mentions.filter((mention) => mention.text === "2010").map((mention) => mention.type)).toEqual([
      "date",
    ]);
  });
});

describe("found after the thirty-third round: a city that acts", () => {
  it("swaps no city that stands for its team or government in a true-or-false statement ('Palo Alto finished the regular season')", () => {
    const text =
      "Boston finished the regular season with a league-best 64 wins and lost only three games in the playoffs before the finals.";
    const candidates = candidatesOf(
      { title: "Celtics win", text, publishedAt: "2024-06-18" },
      factsOf(text, "2024-06-18"),
    );
    expect(
      candidates.filter(
        (candidate) =>
          candidate.type === "true-false" && candidate.answer === "False" && !candidate.stem.startsWith("Boston"),
      ),
    ).toEqual([]);
  });
});

describe("rules learned from the thirty-fourth fresh round (fusion ignition, India's election, a Starship test)", () => {
  it("reads a year no noun follows as a year ('as early as 2025 under its programme')", () => {
    const facts = factsOf(
      "NASA has paid SpaceX $2.9 billion to land astronauts on the moon as early as 2025 under its Artemis programme.",
      "2023-04-20",
    );
    expect(facts.mentions.filter((mention) => mention.text === "2025").map((mention) => mention.type)).toEqual([
      "date",
    ]);
  });

  it("makes no true-or-false statement of a sentence cut from inside a quotation", () => {
    const text =
      '"Congrats SpaceX team on an exciting test launch of Starship! Learned a lot for next test launch in a few months," Musk wrote on Twitter.';
    const candidates = candidatesOf(
      { title: "Starship", text, publishedAt: "2023-04-20" },
      factsOf(text, "2023-04-20"),
    );
    expect(candidates.filter((candidate) => candidate.type === "true-false")).toEqual([]);
  });

  it("accepts no 'U.S. Congress' for India's Congress party in a story filed from New Delhi", () => {
    const text =
      "NEW DELHI (AP) - Indian Prime Minister Narendra Modi claimed victory on Tuesday.\n\nCongress leader Rahul Gandhi said voters had punished the government over unemployment and rising prices.";
    const candidates = candidatesOf(
      { title: "Election", text, publishedAt: "2024-06-05" },
      factsOf(text, "2024-06-05"),
    );
    each(
      candidates.filter((candidate) => candidate.type === "fill-in" && candidate.answer === "Congress"),
      (candidate) => expect(candidate.accepted).toEqual(["Congress"]),
    );
  });
});

describe("rules learned from the thirty-fifth fresh round (a Booker Prize, a listeria recall, an OPEC+ cut)", () => {
  it("reads 'London's Old Billingsgate' as no person", () => {
    const facts = factsOf(
      '"I dedicate this to everyone," Samantha Harvey said at a ceremony at London\'s Old Billingsgate on Tuesday.',
      "2024-11-12",
    );
    expect(
      [...facts.entities.values()].filter((entity) => entity.type === "person").map((entity) => entity.name),
    ).toEqual(["Samantha Harvey"]);
  });

  it("offers ages near an age limit ('people older than 65'), not 130 or 195", () => {
    each(
      quantityDistractors(
        "65",
        "Listeria infections are especially dangerous for pregnant women, people older than 65 and those with weakened immune systems.",
        "seed",
      ).options,
      (option) => {
        expect(Math.abs(Number(option) - 65)).toBeLessThanOrEqual(10);
      },
    );
  });
});

describe("found over the thirtieth to thirty-fifth rounds: a quotation under its speaker's name", () => {
  it("asks no 'who said it' of a person the headline names, nor a blank for the speaker", () => {
    const text = [
      "AUGUSTA, Ga. (AP) - Scottie Scheffler won the Masters for the second time in three years on Sunday, four shots clear of Ludvig Aberg.",
      '"I can\'t put into words what it means to win here again," Scheffler said after his round on Sunday evening.',
      '"The people who control popularity," says Scheffler, "are the people who are not popular."',
    ].join("\n\n");
    const candidates = candidatesOf(
      { title: "Scheffler wins second Masters title", text, publishedAt: "2024-04-15" },
      factsOf(text, "2024-04-15"),
    );
    each(
      candidates.filter(
        (candidate) =>
          candidate.entity === "Scottie Scheffler" &&
          (candidate.type === "who-said" || (candidate.type === "who" && candidate.stem.includes("says _____"))),
      ),
      (candidate) => expect(candidate.problems).toContain("answer shown in the headline"),
    );
  });
});

describe("rules learned from the thirty-sixth fresh round (a heat record, an EU fine, an Etna eruption)", () => {
  it("asks a figure with 'about' in front ('about _____ homes'), offering figures of its own kind", () => {
    const facts = factsOf("About 120 flights were cancelled or diverted to Palermo, the airport said.", "2024-07-05");
    expect(facts.mentions.filter((mention) => mention.type === "quantity").map((mention) => mention.text)).toEqual([
      "120",
    ]);
    const { questions } = generateQuestions(
      {
        title: "Etna erupts",
        text: "Etna erupted on Friday. About 120 flights were cancelled or diverted to Palermo, on the island's northern coast, the airport said on Friday.",
        publishedAt: "2024-07-05",
      },
      { count: 10 },
    );
    expect(
      questions.some((question) => question.prompt.includes("About _____ flights") && answerOf(question) === "120"),
    ).toBe(true);
  });

  it("asks no figure whose whole part the headline gives in the same unit ('tops 17 degrees' over 17.16 degrees), but keeps another rate", () => {
    const text =
      "The global average surface air temperature reached 17.16 degrees Celsius on Monday, the Copernicus service said on Wednesday. Sterling rose 0.2% after the decision.";
    const candidates = candidatesOf(
      { title: "Global temperature tops 17 degrees Celsius", text, publishedAt: "2024-07-24" },
      factsOf(text, "2024-07-24"),
    );
    each(
      candidates.filter((candidate) => candidate.type === "how-many" && candidate.answer === "17.16"),
      (candidate) => expect(candidate.problems).toContain("answer shown in the headline"),
    );
    const rates = candidatesOf(
      {
        title: "Bank holds rates at 4.5%",
        text: "Three members voted for a cut to 4.25% at the meeting on Thursday, the bank said.",
        publishedAt: "2025-05-08",
      },
      factsOf("Three members voted for a cut to 4.25% at the meeting on Thursday, the bank said.", "2025-05-08"),
    );
    each(
      rates.filter((candidate) => candidate.type === "how-many"),
      (candidate) => expect(candidate.problems).not.toContain("answer shown in the headline"),
    );
  });

  it("offers a science director science posts, and reads an airport's namesake as no person", () => {
    const facts = factsOf(
      "\"The ash cloud is moving,\" said Stefano Branca, director of the institute's Etna observatory. Catania's Vincenzo Bellini airport remained closed.",
      "2024-07-05",
    );
    expect(
      [...facts.entities.values()].filter((entity) => entity.type === "person").map((entity) => entity.name),
    ).toEqual(["Stefano Branca"]);
    each(
      roleDistractors(facts, "Stefano Branca", "director of the institute's Etna observatory", "seed").options,
      (option) => expect(option).not.toMatch(/financial|marketing|customer|engineering/i),
    );
  });
});

describe("rules learned from the thirty-seventh fresh round (a godwit's flight, a stadium crush, a chief executive ousted)", () => {
  it("reads a long number after 'tag number' as a name, and 'the number 18 shirt' still as a figure", () => {
    const quantities = (text: string) =>
      factsOf(text, "2022-12-29")
        .mentions.filter((mention) => mention.type === "quantity")
        .map((mention) => mention.text);
    expect(
      quantities("The bird, known only by its satellite tag number 234684, left Alaska on Oct. 13."),
    ).not.toContain("234684");
    expect(quantities("The 26-year-old signed a six-year deal and will wear the number 18 shirt.")).toContain("18");
  });

  it("reads 'East Java' as no person, and offers FIFA football's bodies, not the NBA", () => {
    const text =
      "FIFA, football's world governing body, bans the use of crowd-control gas at stadiums. East Java police chief Nico Afinta said 42,000 tickets had been sold.";
    const facts = factsOf(text, "2022-10-02");
    expect(
      [...facts.entities.values()].filter((entity) => entity.type === "person").map((entity) => entity.name),
    ).toEqual(["Nico Afinta"]);
    each(organizationDistractors(facts, facts.entities.get("FIFA")!, text, "seed").options, (option) =>
      expect([
        "UEFA",
        "IOC",
        "CONCACAF",
        "CONMEBOL",
        "Confederation of African Football",
        "Asian Football Confederation",
      ]).toContain(option),
    );
  });
});
