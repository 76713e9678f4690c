import type { Candidate } from "../candidates";
import type { Facts } from "../facts";
import type { Sentence } from "../parse";
import type { ArticleInput } from "../types";
import { normalizeAnswer } from "../shared/normalize";
import { wordCount } from "../shared/word-count";

/**
 * The lead: the headline and the story's first two sentences, where a news story puts what happened.
 * Its facts rank first (rank/score.ts), and the corpus report counts how many of a quiz's top questions
 * ask them (scripts/eval-generate.ts).
 */

/** How many story sentences make the lead. */
export const LEAD_SENTENCES = 2;

/**
 * The indexes of the story's first two sentences: not the headline repeated at the top of a paste, nor a
 * line too short to be a sentence of the story (a byline, "Advertisement").
 */
export function leadSentencesOf(sentences: readonly Sentence[], title: string): Set<number> {
  const headline = normalizeAnswer(title);
  const lead = new Set<number>();
  for (const sentence of sentences) {
    if (lead.size >= LEAD_SENTENCES) break;
    if (normalizeAnswer(sentence.text) === headline || wordCount(sentence.text) < 6) continue;
    lead.add(sentence.index);
  }
  return lead;
}

/** Whether the headline gives `answer` ("Fed raises rates by a quarter point" gives "quarter point"). */
export function inHeadline(title: string, answer: string): boolean {
  const form = normalizeAnswer(answer);
  return (form.length > 2 || /^\d+$/.test(form)) && ` ${normalizeAnswer(title)} `.includes(` ${form} `);
}

/** The note a candidate on the lead's facts carries; ranking puts these first. */
export const LEAD_FACT = "on the lead's facts";

/**
 * Marks the candidates that ask the lead's facts: built from one of the story's first two sentences, or
 * answered by a fact the headline gives (which may be asked when the title on screen does not show it).
 */
export function markLeadFacts(
  candidates: Candidate[],
  facts: Facts,
  article: Pick<ArticleInput, "title" | "screenTitle">,
): void {
  const lead = leadSentencesOf(facts.sentences, article.title);
  const screen = article.screenTitle ?? article.title;
  // Where the screen shows the headline, what it gives is not asked: only the lead's sentences count.
  const headlineAsked = normalizeAnswer(screen) !== normalizeAnswer(article.title);
  const headline = ` ${normalizeAnswer(article.title)} `;
  for (const candidate of candidates) {
    const headlineFact =
      headlineAsked &&
      candidate.type !== "true-false" &&
      headline.includes(` ${normalizeAnswer(candidate.answer)} `) &&
      inHeadline(article.title, candidate.answer) &&
      !inHeadline(screen, candidate.answer);
    if (lead.has(candidate.sentence) || headlineFact) candidate.notes.push(LEAD_FACT);
  }
}
