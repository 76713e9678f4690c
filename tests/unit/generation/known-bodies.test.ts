import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";

// Invented lines in the manner of a climate-report story (development paste B20 had the split).
const text = [
  "The United Nations says the latest report by the body's Intergovernmental Panel on Climate Change is a warning " +
    "for humanity.",
  "The report found that global temperatures are likely to rise by 1.5 degrees Celsius within the next 20 years.",
  "Included in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change, the new report was " +
    "written by more than 230 top climate scientists from across the globe.",
  "Meteorologist Mike Augustyniak says people joined forces in the 1980s to deal with the ozone hole.",
].join("\n\n");

describe("a known body with 'on' inside its name", () => {
  it("reads 'Intergovernmental Panel on Climate Change' as one organisation, never as two people", () => {
    const facts = extractFacts(text, "2021-08-09");
    expect(facts.entities.get("Intergovernmental Panel on Climate Change")?.type).toBe("organization");
    const people = [...facts.entities.values()].filter((entity) => entity.type === "person").map((e) => e.name);
    expect(people).not.toContain("Climate Change");
    expect(people).not.toContain("Intergovernmental Panel");
  });

  it("asks the panel only among climate bodies: never among blocs, lenders or Interpol (none here, so not asked)", () => {
    const { questions } = generateQuestions(
      { title: "UN climate report", text, publishedAt: "2021-08-09", screenTitle: "Climate report — 9 Aug 2021" },
      { count: 10 },
    );
    expect(questions.length).toBeGreaterThan(0);
    const panel = questions.filter((question) =>
      question.choices.includes("Intergovernmental Panel on Climate Change"),
    );
    expect(panel).toEqual([]);
    for (const question of questions) expect(question.choices).not.toContain("Climate Change");
  });

  it("never asks the body the sentence names a part of ('The _____ says … the body's Intergovernmental Panel …')", () => {
    const { questions } = generateQuestions(
      { title: "UN climate report", text, publishedAt: "2021-08-09", screenTitle: "Climate report — 9 Aug 2021" },
      { count: 10 },
    );
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.choices).not.toContain("United Nations");
  });
});

describe("an institute of the NIH", () => {
  // Invented lines in the manner of a vaccine-trial story (development paste A16).
  const text = [
    "Researchers reported last month that a vaccine tested on 16,000 people in Thailand cut new infections by 31 percent.",
    "A second look at the numbers now shows the vaccine lowered infections by just 24 percent, researchers told a journal.",
    "Still, the National Institute of Allergy and Infectious Diseases, the chief funder of the $120-million trial, " +
      "hoped it would shed light on how a vaccine protects people.",
    "The National Institute of Allergy and Infectious Diseases belongs to the U.S. Department of Health and Human " +
      "Services.",
  ].join("\n\n");

  it("offers the NIH's sister institutes, never the department it belongs to (both would be right)", () => {
    const { questions } = generateQuestions(
      { title: "Vaccine doubts", text, publishedAt: "2009-10-11", screenTitle: "Vaccine trial — 11 Oct 2009" },
      { count: 10 },
    );
    const funder = questions.find((question) =>
      question.choices.includes("National Institute of Allergy and Infectious Diseases"),
    );
    expect(funder?.choices).toHaveLength(4);
    expect(funder?.choices).not.toContain("Department of Health and Human Services");
    expect(funder?.choices).not.toContain("National Institutes of Health");
    expect(funder?.choices).toContain("National Cancer Institute");
  });
});

describe("a true/false swap of a body named after 'the'", () => {
  it("never swaps in a one-word name that reads wrong after 'the' ('run with the Roscosmos')", () => {
    const text = [
      "NASA's Perseverance rover has found rocks that formed in an ancient lake, scientists said on Monday.",
      "The Mars Sample Return mission, run with the European Space Agency, has faced budget problems since 2023.",
      "The rover landed in Jezero Crater in February 2021 and has collected 24 rock samples so far, the team said.",
    ].join("\n\n");
    const { questions, dropped } = generateQuestions(
      { title: "Mars", text, publishedAt: "2024-06-01", screenTitle: "Mars rover — 1 Jun 2024" },
      { count: 10 },
    );
    const statements = [...questions, ...dropped]
      .filter((question) => question.type === "true-false" && question.prompt.includes("run with"))
      .map((question) => question.prompt);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).not.toMatch(/run with the (?:NASA|ISRO|Roscosmos|JAXA)\b/);
  });
});
