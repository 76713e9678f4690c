import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate";

// A short invented storm story: "Which place: … in Louisiana and _____" (Kansas) would rule out the toll by
// state, whose sentence names Kansas too. A short quiz gives up the place question to ask the toll.
const text = [
  "Since the storms began on Friday, at least 31 deaths have been confirmed across six states from Louisiana to Georgia.",
  "The National Weather Service issued 140 tornado warnings on Saturday alone, its highest daily count since 2011.",
  "Storms caused deaths in Georgia, Tennessee, Kentucky, Mississippi and Missouri.",
  "Several people died in a dust storm in Louisiana and Kansas; more deaths in Oklahoma were blamed on wildfires.",
  "The storm has killed more people in Missouri than anywhere else, 11, with Kansas next at seven deaths, which came " +
    "when a dust storm caused a pileup on Interstate 35.",
  "Since Friday, forecasters have confirmed at least 71 tornadoes across more than a dozen states, two of them EF-4 " +
    "twisters in Tennessee.",
  "Early surveys also found an EF-3 tornado in Meridian, Mississippi, with 150-mph winds there lifting a barn off its " +
    "foundation.",
].join("\n\n");

describe("a short quiz gives up a question that keeps out two", () => {
  const { questions } = generateQuestions({
    title: "Tornado outbreak kills dozens in the South",
    text,
    publishedAt: "2024-04-14",
    screenTitle: "Tornado outbreak in the US — 14 Apr 2024",
  });
  const answerOf = (question: (typeof questions)[number]) =>
    typeof question.answer === "number" ? question.choices[question.answer] : question.answer[0];

  it("asks the toll by state instead of the place that its sentence names", () => {
    expect(
      questions.some((question) => question.prompt.includes("than anywhere else") && answerOf(question) === "11"),
    ).toBe(true);
    expect(questions.length).toBeGreaterThanOrEqual(8);
  });

  it("keeps the lead's questions", () => {
    expect(questions.some((question) => question.prompt.includes("Since the _____ began on Friday"))).toBe(true);
    expect(questions.some((question) => question.prompt.includes("issued _____ tornado warnings"))).toBe(true);
  });

  it("never lets one question answer another", () => {
    for (const question of questions) {
      const answer = answerOf(question)!;
      if (question.type === "true-false" || answer.length < 3) continue;
      for (const other of questions)
        if (other !== question) expect(other.prompt.replace("_____", " ")).not.toContain(answer);
    }
  });
});

describe("a figure inside a range or a score is not the count", () => {
  it("asks 'drawn from _____ agencies' (three) beside 'On _____ 2-3' (May)", () => {
    const { questions } = generateQuestions(
      {
        title: "Cyclone toll rises",
        text: [
          "Last month's cyclone killed 12,400 people, the government said on Tuesday, raising its earlier toll of 9,800.",
          "On May 2-3, Cyclone Rana carved a path of ruin across the delta and the area around Port Selim, the biggest city.",
          "An international operation is under way to help about 1.2 million people who survived the storm.",
          "A task force drawn from three agencies has finished assessing the damage across the delta.",
        ].join("\n\n"),
        publishedAt: "2008-06-24",
        screenTitle: "Cyclone in the delta — 24 Jun 2008",
      },
      { types: ["how-many", "when"] },
    );
    const prompts = questions.map((question) => question.prompt);
    expect(prompts.some((prompt) => prompt.includes("On _____ 2-3"))).toBe(true);
    expect(prompts.some((prompt) => prompt.includes("drawn from _____ agencies"))).toBe(true);
  });
});

describe("a stem that shows another question's figure shows it masked", () => {
  const text = [
    "For the first time, ordinary investors can buy shares in Lumora, after the stock began trading on Thursday on the " +
      "Nasdaq exchange.",
    "The initial public offering was priced by Lumora at $21 a share, raising roughly $4 billion.",
    "After opening at $42.05, the shares slid back to the $21 level in the first hour.",
    "At the close they stood at $22.15, ahead by $1.15.",
    "More than 90 million shares changed hands, a record for a technology debut this year.",
  ].join("\n\n");
  const { questions } = generateQuestions(
    { title: "Lumora shares open on Nasdaq", text, publishedAt: "2021-06-18", screenTitle: "Share sale — 18 Jun 2021" },
    { types: ["how-many"] },
  );
  const prompts = questions.map((question) => question.prompt);

  it("asks the opening price beside the offering price, the offering price masked in its stem", () => {
    expect(prompts.some((prompt) => prompt.includes("priced by Lumora at _____ a share"))).toBe(true);
    expect(prompts).toContainEqual(
      expect.stringContaining("After opening at _____, the shares slid back to the [amount] level"),
    );
  });

  it("never masks a stem's subject", () => {
    for (const prompt of prompts) expect(prompt).not.toMatch(/[“"](?:The\s+)?\[/);
  });
});

describe("a paste cut off mid-sentence", () => {
  const text = [
    "Stocks fell sharply on Monday as fear of the outbreak's fallout deepened, and oil prices went into free-fall.",
    "The steep slide set off automatic trading halts for the first time in two decades.",
    "Markets sank as Italy, Europe's worst-hit place, started enforcing a lockdown on 16 million people in its north " +
      "— one-quarter of the population of the country — with police officers and soldiers in masks checking the " +
      "documents of travelers amid",
  ].join("\n\n");
  const { questions } = generateQuestions({
    title: "Stocks sink",
    text,
    publishedAt: "2020-03-09",
    screenTitle: "Markets — 9 Mar 2020",
  });
  const prompts = questions.map((question) => question.prompt);

  it("asks its last sentence through a clause that ends before the cut", () => {
    const last = prompts.filter((prompt) => prompt.includes("Markets sank as"));
    expect(last.length).toBeGreaterThan(0);
    for (const prompt of last) expect(prompt).not.toContain("amid");
  });

  it("never asks the continent of the country named beside the blank ('Italy, _____'s worst-hit place')", () => {
    expect(prompts.filter((prompt) => prompt.includes("Italy, _____"))).toEqual([]);
  });
});
