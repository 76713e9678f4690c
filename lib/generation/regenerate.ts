import { normalizeAnswer } from "./shared/normalize";
import { buildCandidates, type Candidate } from "./candidates";
import { acceptable } from "./distractors";
import { extractFacts } from "./facts";
import { generateQuestions } from "./generate";
import type { ArticleInput, GeneratedQuestion, QuestionKind } from "./types";

/**
 * Fresh material for a question a teacher wants changed: new wrong answers of the same kind, or a
 * whole new question on a fact the set does not use yet. Both come from the same article and pass
 * the same rules as first-time generation.
 */
export interface DistractorRequest {
  kind: QuestionKind | null;
  answer: string;
  evidence: string;
  /** Every choice the question has now; none of them comes back. */
  current: string[];
  /** How many new wrong answers are wanted. */
  count: number;
}

function sameKind(candidate: Candidate, kind: QuestionKind | null, answer: string): boolean {
  if (kind) return candidate.type === kind;
  return normalizeAnswer(candidate.answer) === normalizeAnswer(answer);
}

/** New wrong answers from the distractor pools of every same-kind fact in the article, article names first. */
export function replacementDistractors(article: ArticleInput, request: DistractorRequest): string[] {
  const facts = extractFacts(article.text, article.publishedAt);
  const candidates = buildCandidates(article, facts).filter(
    (candidate) =>
      candidate.type !== "fill-in" &&
      candidate.type !== "true-false" &&
      sameKind(candidate, request.kind, request.answer),
  );
  const evidence = normalizeAnswer(request.evidence);
  const taken = new Set(request.current.map(normalizeAnswer));
  const pool = [
    // Other same-kind answers from the article are the most plausible wrong answers…
    ...candidates.map((candidate) => candidate.answer),
    // …then the wrong answers chosen for those facts.
    ...candidates.flatMap((candidate) => candidate.distractors.options),
  ];
  const chosen: string[] = [];
  for (const option of pool) {
    if (chosen.length >= request.count) break;
    const key = normalizeAnswer(option);
    if (taken.has(key) || !acceptable(option, request.answer, evidence)) continue;
    taken.add(key);
    chosen.push(option);
  }
  return chosen;
}

/** The best generated question whose fact (evidence sentence) the set does not use yet, preferring the same kind. */
export function replacementQuestion(
  article: ArticleInput,
  options: { kind: QuestionKind | null; usedEvidence: string[]; usedPrompts: string[] },
): GeneratedQuestion | null {
  const { questions } = generateQuestions(article, { count: 30 });
  const unused = questions.filter(
    (question) =>
      !options.usedEvidence.includes(question.evidence.text) && !options.usedPrompts.includes(question.prompt),
  );
  return unused.find((question) => question.type === options.kind) ?? unused[0] ?? null;
}
