/**
 * The exact JSON `npm run -s generate -- FILE --json` prints for an article file, shared by that
 * command and by the determinism check, so both always describe the same bytes.
 */
import { ingestArticle } from "../../lib/articles/ingest";
import { generateQuestions } from "../../lib/generation/generate";
import { defaultSetTitleOf } from "../../lib/generation/title";

export interface GenerateOptions {
  count: number;
  /** Check against the default set title the app would give (as a quiz shows it), not the headline. */
  setTitle?: boolean;
}

export function generatedQuestionsJson(name: string, bytes: Uint8Array, { count, setTitle }: GenerateOptions): string {
  const article = ingestArticle({ kind: "file", name, bytes });
  const input = { title: article.title, text: article.text, publishedAt: article.publishedAt, source: article.source };
  const screenTitle = setTitle ? defaultSetTitleOf({ ...input, headline: article.title }) : undefined;
  const { questions } = generateQuestions({ ...input, screenTitle }, { count });
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
