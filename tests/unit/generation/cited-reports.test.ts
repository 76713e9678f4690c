import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate";

// Invented lines in the manner of a recall story that cites a wire's report (development paste A25).
const text = [
  "Carmaker Zenith Motors said on Tuesday it would recall 1.2 million cars because of an oil leak that can start fires.",
  "According to the AP report, Zenith Motors has admitted that the defect caused 19 minor injuries in the United States.",
  "The report added that in 2012 the company attributed 267 fires to the affected cars, at least 17 of which spread.",
  "Owners were told to park their cars outside until dealers can replace a faulty valve, the company said on Tuesday.",
].join("\n\n");

describe("a report the article cites once", () => {
  it("names whose report 'The report' is, so its figures are asked ('The [Associated Press] report added …')", () => {
    const { questions } = generateQuestions(
      { title: "Recall", text, publishedAt: "2015-10-01", screenTitle: "Car recall — 1 Oct 2015" },
      { count: 10 },
    );
    const fires = questions.find((question) => question.choices.includes("267"));
    expect(fires?.prompt).toContain("“The [Associated Press] report added that in ");
  });

  it("leaves 'The report' unnamed when the article cites two bodies' reports", () => {
    const two = text.replace(
      "Owners were told",
      "A report from Reuters said the valve cost $4 to make. Owners were told",
    );
    const { questions } = generateQuestions(
      { title: "Recall", text: two, publishedAt: "2015-10-01", screenTitle: "Car recall — 1 Oct 2015" },
      { count: 10 },
    );
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.prompt).not.toContain("] report added");
  });
});
