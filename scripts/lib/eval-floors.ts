import { inHeadline, leadSentencesOf } from "../../lib/generation/lead";
import { parseText } from "../../lib/generation/parse";
import type { ArticleInput, GeneratedQuestion } from "../../lib/generation/types";

/**
 * Issue #17's floors: ≥ 10 questions of ≥ 4 kinds from an article with ≥ 350 words of story, ≥ 8 from
 * 200–350 words, ≥ 5 from 120–200; none below 120.
 */
export function floorOf(words: number, questions: number, kinds: number): { met: boolean; rule: string } {
  if (words >= 350) return { met: questions >= 10 && kinds >= 4, rule: "≥ 10 questions of ≥ 4 kinds" };
  if (words >= 200) return { met: questions >= 8, rule: "≥ 8 questions" };
  if (words >= 120) return { met: questions >= 5, rule: "≥ 5 questions" };
  return { met: true, rule: "no floor under 120 words" };
}

/** How many of the `top` best-scored questions ask the headline's or the first two story sentences' facts. */
export function leadFactsInTop(article: ArticleInput, questions: GeneratedQuestion[], top: number): number {
  const { sentences } = parseText(article.text);
  const lead = leadSentencesOf(sentences, article.title);
  const leadSpans = sentences.filter((sentence) => lead.has(sentence.index));
  const best = [...questions].sort((a, b) => b.score - a.score).slice(0, top);
  return best.filter((question) => {
    const inLead = leadSpans.some((span) => question.evidence.start < span.end && question.evidence.end > span.start);
    const answer = typeof question.answer === "number" ? question.choices[question.answer] : question.answer[0];
    return inLead || (question.type !== "true-false" && !!answer && inHeadline(article.title, answer));
  }).length;
}
