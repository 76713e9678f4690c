import { describe, expect, it } from "vitest";
import { clauseAround } from "@/lib/generation/candidates/stems";

// Short invented sentences, written for these rules (decision 016).
const around = (sentence: string, answer: string) =>
  clauseAround(sentence, sentence.indexOf(answer), sentence.indexOf(answer) + answer.length).text;

describe("a long sentence cut at a clause boundary", () => {
  const long =
    "Last week, amid great excitement and a crowd of reporters, engineers from the national lab and two universities " +
    "reported that a new battery tested in more than 300 cars across the whole northern region had cut charging times by 40 percent — a small gain, " +
    "yet the first design whose results suggested that a cheap cell, which has been sought for decades, is near.";

  it("drops only the opening phrases and keeps the subject, with a capital", () => {
    const text = around(long, "40 percent");
    expect(text.startsWith("Engineers from the national lab")).toBe(true);
    expect(text).toContain("40 percent");
  });

  it("leaves a relative clause cut from its sentence in lower case, so the gate still refuses it", () => {
    expect(around(long, "decades")).toMatch(/^[a-z]/);
  });

  it("does not capitalise a clause whose cut-off part holds the subject", () => {
    const sentence =
      "The ministry, which oversees more than forty agencies and several hundred regional offices around the " +
      "whole of the country and abroad, said on Monday that officials would review the rules on hiring, " +
      "overtime and pensions for every one of its staff, and the review could take 18 months.";
    expect(around(sentence, "18 months")).toMatch(/^[a-z]/);
  });
});
