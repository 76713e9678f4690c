import { describe, expect, it } from "vitest";
import { countCandidates } from "@/lib/generation/candidates/counts";
import { refersElsewhere } from "@/lib/generation/candidates/stems";
import { extractFacts } from "@/lib/generation/facts";

// Rules from judged rounds 21 and 22 (docs/judging/2026-12-07-round21, -round22): short invented lines.
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
