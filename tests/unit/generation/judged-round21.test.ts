import { describe, expect, it } from "vitest";
import { refersElsewhere } from "@/lib/generation/candidates/stems";

// Rules from judged round 21 (docs/judging/2026-12-07-round21): short invented lines.
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
