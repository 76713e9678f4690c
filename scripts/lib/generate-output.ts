/**
 * The exact JSON `npm run -s generate -- FILE --json` prints for an article file, shared by that
 * command and by the determinism check, so both always describe the same bytes.
 */
import { ingestArticle } from "../../lib/articles/ingest";
import { generateQuestions } from "../../lib/generation/generate";

export interface GenerateOptions {
  count: number;
}

export function generatedQuestionsJson(name: string, bytes: Uint8Array, { count }: GenerateOptions): string {
  const article = ingestArticle({ kind: "file", name, bytes });
  const { questions } = generateQuestions(
    { title: article.title, text: article.text, publishedAt: article.publishedAt, source: article.source },
    { count },
  );
  const output = questions.map(({ type, prompt, choices, answer, explanation, evidence, difficulty, score }) => ({
    type,
    prompt,
    choices,
    answer,
    explanation,
    evidence,
    difficulty,
    score,
  }));
  return `${JSON.stringify(output, null, 2)}\n`;
}
