/**
 * The offline generator, stage by stage. Each stage is a folder whose entry file says what goes in and
 * what comes out:
 *   1. parse/       the wink-nlp pass: tokens, sentences, dates and numbers, with offsets into the text
 *   2. facts/       people, roles, organisations, places, dates, quantities, quotations, coreference
 *   3. candidates/  every question the facts allow, with wrong answers from distractors/
 *   4. headline/    what the headline shown above the quiz gives away
 *   5. quality/     the gate: named rules, each with the reason it records
 *   6. rank/        centrality (the lead's facts first, lead/), difficulty and diversity: the quiz, in article order
 * Word lists live in data/, lookups built from them (and from npm packages) in gazetteer/.
 */
import { buildCandidates, type Candidate } from "./candidates";
import { factsOf, type Facts } from "./facts";
import { markHeadlineAnswers } from "./headline";
import { markLeadFacts } from "./lead";
import { parseText } from "./parse";
import { applyQualityGate } from "./quality";
import { rankQuestions } from "./rank";
import type { ArticleInput, DroppedCandidate, GeneratedQuestion, GenerateOptions, GenerationResult } from "./types";

const OFFLINE_GENERATOR = { name: "quizwire-offline", version: "1.5.0" } as const;

/** The offline, deterministic generator: same article and options, same questions. */
export function generateQuestions(article: ArticleInput, options: GenerateOptions = {}): GenerationResult {
  const parsed = parseText(article.text);
  const facts = factsOf(parsed, article.publishedAt);
  const candidates = buildCandidates(article, facts);
  markHeadlineAnswers(candidates, facts, article.screenTitle ?? article.title, article.title);
  markLeadFacts(candidates, facts, article);
  const { questions, dropped } = selectQuestions(candidates, facts, { count: 10, ...options });
  return { questions, dropped, generator: { ...OFFLINE_GENERATOR } };
}

/** Stages 5 and 6, which the language-model generator's candidates pass too: the gate, then the ranking. */
export function selectQuestions(
  candidates: Candidate[],
  facts: Facts,
  options: GenerateOptions,
): { questions: GeneratedQuestion[]; dropped: DroppedCandidate[] } {
  const gate = applyQualityGate(candidates, facts, options.types);
  const ranked = rankQuestions(gate.passing, facts, options);
  return { questions: ranked.questions, dropped: [...gate.dropped, ...ranked.dropped] };
}
