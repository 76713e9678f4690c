import type { Candidate } from "./candidate";

const GENERIC_PROMPT = "How many or how much? Complete this sentence from the article:";
// "lift interest rates from near zero by _____." : a size of change is a number and its unit.
const CHANGE_BY = /\bby\s+_____/;
const UNIT_AFTER = /^_____\s*(?:%|percent|per cent|percentage points?|basis points?|points?|[a-z]+)/i;
const CHANGE_VERB = new RegExp(
  String.raw`\b(?:rose|fell|raised|lifted|hiked|cut|lowered|reduced|increased|decreased|grew|shrank|dropped|climbed|` +
    String.raw`jumped|slid|gained|lost|rise|fall|raise|lift|hike|lower|reduce|increase|grow|drop|climb)\b[^.]{0,60}$`,
  "i",
);
const TARGET = /\b(?:target|goal|threshold|cap|limit|ceiling)\b/i;

/**
 * How-many questions asked as what they are: "By how much?" for a size of change, "What is the target
 * or threshold?" for one; a bare number after "by" with no unit ("by _____." keyed "25") is dropped.
 */
export function refineQuantityQuestions(candidates: Candidate[]): Candidate[] {
  for (const candidate of candidates) {
    if (candidate.type !== "how-many" || !candidate.prompt.startsWith(GENERIC_PROMPT)) continue;
    const blank = candidate.stem.indexOf("_____");
    const before = candidate.stem.slice(0, blank);
    const from = candidate.stem.slice(blank);
    // "ahead by just _____ cents" keyed "$0.23": the answer's unit and the stem's disagree.
    if (/^[$€£]/.test(candidate.answer) && /^_____\s*(?:cents?|pence|dollars?|pounds?|euros?)\b/i.test(from))
      candidate.problems.push("a figure whose unit the stem writes again");
    if (CHANGE_BY.test(candidate.stem.slice(Math.max(0, blank - 4), blank + 5))) {
      const unitless = /^[\d.,]+$/.test(candidate.answer) && !UNIT_AFTER.test(from);
      if (unitless) candidate.problems.push("a size of change without its unit");
      else if (CHANGE_VERB.test(before))
        candidate.prompt = candidate.prompt.replace(
          GENERIC_PROMPT,
          "By how much? Complete this sentence from the article:",
        );
    } else if (TARGET.test(from.slice(0, 40)) || /\b(?:target|goal|threshold) of\s+$/i.test(before)) {
      candidate.prompt = candidate.prompt.replace(
        GENERIC_PROMPT,
        "What is the target or threshold? Complete this sentence from the article:",
      );
    }
  }
  return candidates;
}
