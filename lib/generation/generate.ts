import { buildCandidates } from "./candidates";
import { extractFacts } from "./facts";
import { selectQuestions } from "./quality";
import type { ArticleInput, GenerateOptions, GenerationResult } from "./types";

const OFFLINE_GENERATOR = { name: "quizwire-offline", version: "1.4.0" } as const;

/** The offline, deterministic generator: same article and options, same questions. */
export function generateQuestions(article: ArticleInput, options: GenerateOptions = {}): GenerationResult {
  const facts = extractFacts(article.text, article.publishedAt);
  const candidates = buildCandidates(article, facts);
  const { questions, dropped } = selectQuestions(candidates, facts, { count: 10, ...options });
  return { questions, dropped, generator: { ...OFFLINE_GENERATOR } };
}
