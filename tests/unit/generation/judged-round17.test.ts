import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";
import { candidatesOf } from "./candidates-of";

// Short invented excerpts for the rules written from judged rounds 15 to 17 (docs/judging/2026-12-07-round17/).
const promptsOf = (title: string, paragraphs: string[], publishedAt = "2018-07-13") =>
  generateQuestions({ title, text: paragraphs.join("\n\n"), publishedAt }).questions.map((question) => question.prompt);

describe("stems that say who (judged rounds 15 to 17)", () => {
  const text = [
    "At a ceremony on Thursday in Manhattan, the Southern District of New York's U.S. Attorney, Geoffrey Berman, said " +
      "the painting had been returned.",
    '"The FBI kept pictures of the work for 40 years, hoping to get it back one day," Berman said.',
    "Press Secretary Tammy Bruce said on Monday that the talks in Oman had been constructive, and Bruce added that " +
      "more were planned.",
  ].join("\n\n");
  const candidates = candidatesOf({ title: "Painting", text, publishedAt: "2018-07-13" }, extractFacts(text));

  it("introduces a person the stem calls by surname alone ('Berman said' → '[Geoffrey Berman] said')", () => {
    const quoted = candidates.filter(
      (candidate) => candidate.stem.includes("kept pictures of the work") && !candidate.stem.includes("_____ said"),
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const candidate of quoted) expect(candidate.stem).not.toMatch(/[”"] Berman said/);
    expect(quoted.some((candidate) => candidate.stem.includes("[Geoffrey Berman] said"))).toBe(true);
  });

  it("adds no title the stem already gives, nor brackets a name twice", () => {
    for (const candidate of candidates) {
      expect(candidate.stem).not.toContain("Press Secretary [Press Secretary");
      expect(candidate.stem).not.toMatch(/\[[^\]]*\[/);
    }
  });
});

describe("not worth asking (judged rounds 15 to 17, both judges each time)", () => {
  it("makes no statement of a judgement with no fact in it ('carries meaning for Gill himself')", () => {
    const prompts = promptsOf(
      "Cricket in the UK",
      [
        "Shubman Gill made his fourth hundred of the series at Old Trafford on Saturday, a record for an India captain.",
        "The hundred in Manchester carries meaning for Gill himself and for the country too.",
      ],
      "2025-07-27",
    );
    expect(prompts.filter((prompt) => prompt.includes("carries meaning"))).toEqual([]);
  });

  it("does not ask who said a short, bland line ('“We’ve put in the work in the pool,” _____ says')", () => {
    const text = [
      "Michael Phelps won two more medals on Tuesday night, bringing his Olympic total to 19, a record.",
      "“We’ve put in the work in the pool,” Phelps says.",
    ].join("\n\n");
    const speaker = candidatesOf({ title: "Olympics", text }, extractFacts(text)).filter((candidate) =>
      candidate.stem.includes("in the pool,” _____ says"),
    );
    expect(speaker.length).toBeGreaterThan(0);
    for (const candidate of speaker)
      expect(candidate.problems).toContain("not worth asking: who said a line this short");
  });
});
