import { describe, expect, it } from "vitest";
import { countCandidates } from "@/lib/generation/candidates/counts";
import { OIL_PRODUCERS } from "@/lib/generation/data/countries.data";
import { refersElsewhere } from "@/lib/generation/candidates/stems";
import { extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";

// Rules from judged rounds 21 to 23 (docs/judging/2026-12-07-round21 to -round23): short invented lines.
describe("a thing another sentence named", () => {
  it("reads 'the T-shaped station' as a reference unless the stem or the title names the station", () => {
    const stem = "Construction of the T-shaped station, with its _____ lab modules, wrapped up late last year.";
    expect(refersElsewhere(stem, "Rocket launch in China — 26 Oct 2023")).toBe(true);
    expect(refersElsewhere(stem, "Tiangong space station — 26 Oct 2023")).toBe(false);
    expect(refersElsewhere("The crew reached the Tiangong space station on Thursday after _____ hours.", "")).toBe(
      false,
    );
  });
});

describe("a fraction of a point (judged round 22, both judges)", () => {
  it("is not asked: rates move by quarters, so 'one-third of a point' fools no one", () => {
    const text =
      "The rate went up on Thursday by three-quarters of a point, reaching 5.75%, its eighth consecutive increase.";
    const answers = countCandidates(
      { title: "Rates", text, publishedAt: "2022-05-05" },
      extractFacts(text, "2022-05-05"),
    ).map((candidate) => candidate.answer);
    expect(answers).toContain("eighth");
    expect(answers).not.toContain("three-quarters");
  });
});

describe("a country that moves oil output (judged round 22, both judges)", () => {
  const ask = (text: string) =>
    generateQuestions({ title: "Markets", text, publishedAt: "2020-03-09", screenTitle: "Markets — 9 Mar 2020" });
  it("is asked among oil producers, never a country the article names for something else (Italy)", () => {
    const text = [
      "Oil plummeted almost 25% once Saudi Arabia signalled it would boost output, after Russia would not curb output.",
      "Markets sank as Italy, the worst-hit country in Europe, started a lockdown on 16 million people in its north.",
      "American stocks now stand 19% below the peak they hit last month, and bond yields fell to fresh lows.",
    ].join("\n\n");
    const producer = ask(text).questions.find(
      (question) => question.type === "where" && question.prompt.includes("curb"),
    );
    expect(producer?.choices).toHaveLength(4);
    expect(producer?.choices).not.toContain("Italy");
    for (const choice of producer!.choices) expect(OIL_PRODUCERS).toContain(choice);
  });
});

describe("a newsroom's own staff (judged rounds 21 and 22, all four judges)", () => {
  it("asks neither the job nor the name of the station's meteorologist, however often he is quoted", () => {
    const text = [
      "The United Nations says its latest climate report is a warning for humanity, published on Monday in Geneva.",
      "The report finds the Earth heating up faster than believed, and blames people burning fossil fuels for energy.",
      "In the 1980s, meteorologist Mike Augustyniak says, people all over the world joined forces to mend the ozone hole.",
      '"We managed it once; we can manage it again," Augustyniak said of the 197 countries that signed the treaty.',
    ].join("\n\n");
    const { questions } = generateQuestions({
      title: "Climate report",
      text,
      publishedAt: "2021-08-09",
      screenTitle: "Climate change — 9 Aug 2021",
    });
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.prompt).not.toContain("Augustyniak's position");
      expect(question.choices).not.toContain("meteorologist");
      if (question.type === "fill-in") expect(question.answer).not.toContain("Mike Augustyniak");
    }
  });
});

describe("judged round 23 (both judges)", () => {
  it("reads 'the defect' and 'the present recall' as things another sentence named", () => {
    const title = "Recall — 1 Oct 2015";
    expect(
      refersElsewhere("According to the AP report, Toyota has admitted that the defect caused 19 injuries.", title),
    ).toBe(true);
    expect(
      refersElsewhere("The present recall could be big enough to hit the fourth quarter results of Honda.", title),
    ).toBe(true);
    expect(refersElsewhere("The company said the recall covers 1.4 million cars built from 1997 to 2004.", title)).toBe(
      false,
    );
  });

  it("types no name of one of a sentence's minor people ('Even though _____ and Muhammad Ridwan both scored')", () => {
    const text = [
      "Malaysia won the AFF Suzuki Cup on Wednesday, beating Indonesia 4-2 on aggregate after a 2-1 defeat in Jakarta.",
      "Coach K. Rajagobal said his players had stayed calm under heavy pressure from the hosts in the second leg.",
      "Even though Mohammad Nasuha and Muhammad Ridwan both scored for the Indonesians in the dying minutes, their " +
        "goals could not stop Malaysia from lifting the title for the first time.",
    ].join("\n\n");
    const { questions, dropped } = generateQuestions({
      title: "Malaysia win",
      text,
      publishedAt: "2010-12-29",
      screenTitle: "Football cup final — 29 Dec 2010",
    });
    expect(questions.length).toBeGreaterThan(0);
    const typed = dropped.filter(
      (candidate) => candidate.type === "fill-in" && candidate.prompt.includes("Even though _____"),
    );
    expect(typed.length).toBeGreaterThan(0);
    for (const candidate of typed) expect(candidate.reasons).toContain("not worth asking: an obscure name to type");
    for (const question of questions)
      expect(question.type === "fill-in" && question.prompt.includes("Even though")).toBe(false);
  });
});

describe("a body swapped beside the story's unnamed event (judged round 23, both judges)", () => {
  it("is not swapped: 'a [Tesla] spokesperson said the recall …' reads as Tesla's own recall", () => {
    const text = [
      "Toyota and Subaru shares fell on Friday after both carmakers said they were recalling their first electric cars.",
      "Toyota is recalling 2,700 of its bZ4X cars because the wheels can come loose, the company said in a statement.",
      "On Thursday a Toyota spokesperson said the recall did not cover every model, but would not say how many were built.",
    ].join("\n\n");
    const { questions, dropped } = generateQuestions({
      title: "EV recall",
      text,
      publishedAt: "2022-06-24",
      screenTitle: "Car recall in Japan — 24 Jun 2022",
    });
    const all = [...questions, ...dropped];
    // (The blank on the company is built; only its swap is withheld.)
    expect(all.some((candidate) => candidate.prompt.includes("a _____ spokesperson said the recall"))).toBe(true);
    const swapped = all.filter(
      (candidate) =>
        candidate.type === "true-false" &&
        candidate.prompt.includes("spokesperson said the recall") &&
        !candidate.prompt.includes("a Toyota spokesperson"),
    );
    expect(swapped.map((candidate) => candidate.prompt)).toEqual([]);
  });
});
