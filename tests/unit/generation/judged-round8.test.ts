import { describe, expect, it } from "vitest";
import { nameTheReference, refersElsewhere } from "@/lib/generation/candidates/stems";
import { quantityDistractors } from "@/lib/generation/distractors";
import { extractFacts } from "@/lib/generation/facts";
import { CAPITAL_TO_COUNTRY } from "@/lib/generation/gazetteer";
import { generateQuestions } from "@/lib/generation/generate";
import type { ArticleInput } from "@/lib/generation/types";

// Short invented excerpts for the rules written from judged round 8 (docs/judging/2026-12-06-round8/).
const article = (title: string, text: string, publishedAt: string | null = "2024-02-26"): ArticleInput => ({
  title,
  text,
  publishedAt,
});

describe("start dates and side dates (judged round 8)", () => {
  it("'since June' in a May 2022 story is last June, and 'the first time since _____' offers no year of the story", () => {
    const text = [
      "The Czech central bank raised its key rate on Thursday to 5.75%, the eighth consecutive increase since June.",
      "The Dow closed under 10,000 for the first time since 2004 on Monday, after a week of heavy selling in New York.",
    ].join("\n\n");
    const result = generateQuestions(article("Rates and stocks", text, "2008-10-06"), { count: 20 });
    const dow = result.questions.find((question) => /first time since _____/.test(question.prompt));
    expect(dow?.choices).toContain("2004");
    for (const choice of dow?.choices ?? []) expect(Number(choice)).toBeLessThan(2008);
    const june = generateQuestions(article("Czech rates", text, "2022-05-05"), { count: 20 }).questions.find(
      (question) => /increase since _____/.test(question.prompt),
    );
    expect(june?.explanation).toContain("June 2021");
  });

  it("a start date that marks no record, or a date in a side clause, is not asked", () => {
    const text = [
      "Three astronauts reached the space station on Thursday, where they will relieve three others on board since May.",
      "In the Open era of the sport, which began in 1968, only one other woman had lost in the first round as champion.",
    ].join("\n\n");
    const result = generateQuestions(article("Space and tennis", text, "2023-10-26"), { count: 20 });
    const reasons = result.dropped
      .filter((d) => /on board since _____|which began in _____/.test(d.prompt))
      .flatMap((d) => d.reasons);
    expect(reasons.filter((reason) => reason === "not worth asking: a date in a side detail").length).toBe(2);
  });
});

describe("figures near the answer and statements that stand alone (judged round 8)", () => {
  it("no count stand-in is more than twice the answer or less than half of it", () => {
    for (const [answer, evidence] of [
      ["19", "Two more medals on Tuesday night bring the swimmer's Olympic total to 19, more than anyone."],
      ["32", "Police said the injured numbered 32 other people on board, among them the driver."],
      ["30,000", "30,000 civil servants will go into a labour reserve on reduced pay."],
    ]) {
      const picked = quantityDistractors(answer!, evidence!, "seed");
      expect(picked.options).toHaveLength(3);
      const value = Number(answer!.replace(/,/g, ""));
      for (const option of picked.options) {
        const ratio = Number(option.replace(/,/g, "")) / value;
        expect(ratio).toBeLessThanOrEqual(2);
        expect(ratio).toBeGreaterThanOrEqual(0.5);
      }
    }
  });

  it("a small move ('edged down … from 72.5 per cent') takes figures within a few points", () => {
    const evidence =
      "In maths, though, the pass rate edged down during the past year to 72.1 per cent, from 72.5 per cent.";
    for (const option of quantityDistractors("72.1 per cent", evidence, "seed").options)
      expect(Math.abs(parseFloat(option) - 72.1)).toBeLessThanOrEqual(4);
  });

  it("a true/false statement that leans on 'the decision' or 'those levels' is not asked", () => {
    expect(refersElsewhere("Most had not anticipated the decision, in spite of the fall in oil prices.", "")).toBe(
      true,
    );
    expect(refersElsewhere("For the present, discussions will be held at those levels.", "")).toBe(true);
    expect(refersElsewhere("The Fed's decision to raise rates surprised few traders in New York.", "")).toBe(false);
    expect(refersElsewhere("The decision came after a vote, the company said.", "Fed decision")).toBe(false);
  });
});

describe("more from judged round 8", () => {
  it("'($A4.47 billion)' stays in its sentence", () => {
    const facts = extractFacts(
      "Federal regulators are hitting Facebook with a $US5 billion ($A4.47 billion) fine for breaching privacy.",
      null,
    );
    expect(facts.sentences).toHaveLength(1);
  });

  it("a minister's position takes ministers as stand-ins, not 'Ambassador'", () => {
    const text = [
      "In a speech, Deputy Foreign Minister Kyaw Thu put the official toll at 84,537 killed and 53,836 missing.",
      "Finance Minister Hla Tun said the cost of rebuilding would be far higher than first thought.",
    ].join("\n\n");
    const result = generateQuestions(article("Cyclone toll", text, "2008-06-24"), { count: 20 });
    const role = result.questions.find((question) => /Kyaw Thu's position/.test(question.prompt));
    expect(role?.choices).toContain("Deputy Foreign Minister");
    for (const choice of role?.choices ?? []) expect(choice).toMatch(/Minister$/);
  });
});

describe("a reference to the story's one main body", () => {
  const noOtherBody = () => undefined;
  it("'The statement conceded …' in a story about one body names it: 'The [Federal Reserve's] statement …'", () => {
    expect(
      nameTheReference(
        "The statement conceded that inflation is still short of its _____ target.",
        "",
        {
          name: "Federal Reserve",
          company: false,
        },
        noOtherBody,
      ),
    ).toBe("The [Federal Reserve's] statement conceded that inflation is still short of its _____ target.");
    expect(
      nameTheReference(
        "The company said it would cut _____ jobs.",
        "",
        { name: "Microsoft", company: true },
        noOtherBody,
      ),
    ).toBe("[Microsoft] said it would cut _____ jobs.");
    // "the ministry" is only a body whose name says ministry.
    expect(
      nameTheReference(
        "In 2019 the ministry began turning _____ hospitals into colleges.",
        "",
        {
          name: "Medical Council of India",
          company: false,
        },
        noOtherBody,
      ),
    ).toBeUndefined();
  });
});

describe("two Junes in one story (judged round 9)", () => {
  it("'since June' is last June even where 'until June' is this one", () => {
    const text = [
      "The Czech central bank raised its key rate on Thursday to 5.75%, the eighth consecutive increase since June.",
      "Inflation is expected to rise further, at least until June, the bank's governor said after the meeting.",
    ].join("\n\n");
    const result = generateQuestions(article("Czech rates", text, "2022-05-05"), { count: 20 });
    const since = [...result.questions].find((question) => /increase since _____/.test(question.prompt));
    expect(since?.explanation).toContain("June 2021");
  });
});

describe("more from judged round 9", () => {
  it("a share of a few points moves by points, and a century's stand-ins are centuries", () => {
    const ftse = quantityDistractors(
      "6 percent",
      "Britain's FTSE-100 was down nearly 6 percent, the DAX off 7 percent.",
      "s",
    );
    for (const option of ftse.options) expect(parseFloat(option)).toBeLessThanOrEqual(9);
    const century = quantityDistractors("103", "The 103 that Gill made was more than a routine century.", "s");
    expect(century.options).toHaveLength(3);
    for (const option of century.options) expect(Number(option)).toBeGreaterThanOrEqual(100);
  });

  it("'Nobody has ever made four hundreds' is not asked: any larger count is as true", () => {
    const text = [
      "Shubman Gill made his fourth hundred of the series at Old Trafford on Saturday, in his first series as captain.",
      "Nobody has ever made four hundreds as captain in a first Test series, the statisticians said afterwards.",
    ].join("\n\n");
    const result = generateQuestions(article("Gill's fourth hundred", text, "2025-07-26"), { count: 20 });
    expect([...result.questions, ...result.dropped].some((q) => /Nobody has ever made _____/.test(q.prompt))).toBe(
      false,
    );
  });

  it("'Washington' is the US capital as the news writes it", () => {
    expect(CAPITAL_TO_COUNTRY.get("washington")?.name).toBe("United States");
  });

  it("'_____, Turkey's president, urged …' is a famous leader's office: not asked", () => {
    const text = [
      "Recep Tayyip Erdogan, Turkey's president, urged Russian leaders on Sunday to open humanitarian corridors.",
      "Turkey will host talks between the foreign ministers of Russia and Ukraine in Antalya on Thursday, he said.",
    ].join("\n\n");
    const result = generateQuestions(article("Talks in Antalya", text, "2022-03-07"), { count: 20 });
    expect(result.questions.some((question) => /_____, Turkey's president/.test(question.prompt))).toBe(false);
  });
});
