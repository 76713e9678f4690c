import { describe, expect, it } from "vitest";
import { HIDDEN, withholdPendingAnswers } from "@/lib/scoring/withhold";

const first = "Some traders found Wednesday's Fed statement to be a bit gloomier than expected.";
const second =
  "The Fed said it would replace $400 billion in short-term Treasurys (3-years or less) to the same amount of longer term securities.";
const third = "But it also said it would reinvest the runoff back into the mortgage market.";
const article = `${first}\n\n${second} ${third}`;
const at = (sentence: string) => ({
  start: article.indexOf(sentence),
  end: article.indexOf(sentence) + sentence.length,
});

// The "$400 billion" question, shown with its partner's answer masked.
const amountQuestion = {
  explanation: `Correct: $400 billion. The article reports: “${second}”`,
  paragraph: { start: article.indexOf(second), end: article.length },
  evidence: { ...at(second), text: second },
};
const amountShown =
  "The Fed said it would replace _____ in short-term Treasurys ([number]-years or less) …\n$400 billion\n$600 billion";

describe("feedback during an attempt hides what answers the questions still to come", () => {
  it("hides a partner question's answer in the same sentence, in the explanation and the quote", () => {
    const shown = withholdPendingAnswers(article, amountQuestion, amountShown, [
      { evidenceStart: at(second).start, evidenceEnd: at(second).end, answers: ["3"] },
    ]);
    expect(shown.explanation).toBe(
      `Correct: $400 billion. The article reports: “The Fed said it would replace $400 billion in short-term Treasurys (${HIDDEN}-years or less) to the same amount of longer term securities.”`,
    );
    expect(shown.evidenceText).not.toMatch(/\(3-years/);
    expect(shown.paragraph).toContain(shown.evidenceText);
    expect(shown.withheld).toBe(true);
  });

  it("hides another question's sentence from the paragraph but keeps this question's own", () => {
    const shown = withholdPendingAnswers(article, amountQuestion, amountShown, [
      { evidenceStart: at(third).start, evidenceEnd: at(third).end, answers: ["mortgage market"] },
    ]);
    expect(shown.paragraph).toBe(`${second} ${HIDDEN}`);
    expect(shown.paragraph).not.toContain("mortgage");
    expect(shown.explanation).toBe(amountQuestion.explanation);
  });

  it("leaves alone what the question itself showed, other paragraphs, and answered questions", () => {
    const shown = withholdPendingAnswers(article, amountQuestion, amountShown, [
      // Its own answer, shown among the choices.
      { evidenceStart: null, evidenceEnd: null, answers: ["$400 billion"] },
      // A sentence in another paragraph.
      { evidenceStart: at(first).start, evidenceEnd: at(first).end, answers: ["Wednesday"] },
    ]);
    expect(shown).toEqual({
      explanation: amountQuestion.explanation,
      paragraph: article.slice(amountQuestion.paragraph.start),
      evidenceText: second,
      withheld: false,
    });
    expect(withholdPendingAnswers(article, amountQuestion, amountShown, []).withheld).toBe(false);
  });

  it("matches an answer as a whole word in any case, never inside another word", () => {
    const text = "Facebook said Facebook's review and the facebooks of old differ; Meta agreed.";
    const feedback = {
      explanation: text,
      paragraph: { start: 0, end: text.length },
      evidence: { start: 0, end: text.length, text },
    };
    const shown = withholdPendingAnswers(text, feedback, "Who agreed?", [
      { evidenceStart: null, evidenceEnd: null, answers: ["facebook"] },
    ]);
    expect(shown.explanation).toBe(`${HIDDEN} said ${HIDDEN}'s review and the facebooks of old differ; Meta agreed.`);
  });
});
