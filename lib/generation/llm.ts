import escapeStringRegexp from "escape-string-regexp";
import { z } from "zod";
import type { Candidate } from "./candidates";
import { extractFacts, type Facts } from "./facts";
import { generateQuestions, selectQuestions } from "./generate";
import { aliasesOf } from "./gazetteer";
import type { ArticleInput, DroppedCandidate, GenerateOptions, GenerationResult, QuestionKind } from "./types";
import { QUESTION_KINDS } from "./kinds";
import { shortName } from "./shared/names";

/**
 * Optional generation by a language model behind any OpenAI-compatible endpoint (Ollama, llama.cpp,
 * vLLM, OpenAI). Off unless configured. Every question it returns must quote its evidence verbatim
 * from the article and find its answer inside that evidence, then pass the offline quality gate;
 * anything else is dropped with a reason. Any failure (timeout, HTTP error, bad JSON, nothing usable)
 * falls back to the offline generator.
 */
export interface LlmConfig {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
}

const LLM_GENERATOR_VERSION = "1.0.0";

const llmQuestionSchema = z.object({
  type: z.enum(QUESTION_KINDS),
  prompt: z.string().min(5).max(400),
  choices: z.array(z.string().min(1).max(200)).max(6).default([]),
  answer: z.string().min(1).max(200),
  evidence: z.string().min(10).max(1200),
  explanation: z.string().max(1000).default(""),
});
const llmResponseSchema = z.object({ questions: z.array(z.unknown()).max(60) });

const SYSTEM_PROMPT = [
  "You write fair quiz questions about a news article for learners.",
  "Use only facts stated in the article. For each question, copy the single sentence it rests on into " +
    "`evidence` exactly as written, character for character.",
  "The correct `answer` must appear word for word inside that evidence sentence. Give three plausible wrong " +
    "`choices` of the same kind as the answer, none of which the article says is also true, and include the " +
    "answer among `choices`.",
  `Allowed types: ${QUESTION_KINDS.join(", ")}. For true-false use choices ["True","False"] and answer ` +
    `"True" or "False". For fill-in leave choices empty.`,
  'Reply with JSON only: {"questions":[{"type","prompt","choices","answer","evidence","explanation"}]}.',
].join("\n");

async function requestLlmQuestions(article: ArticleInput, count: number, config: LlmConfig): Promise<unknown[]> {
  const response = await fetch(`${config.baseUrl.replace(/\/$/, "")}/chat/completions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
    },
    signal: AbortSignal.timeout(config.timeoutMs ?? 30_000),
    body: JSON.stringify({
      model: config.model,
      temperature: 0,
      response_format: { type: "json_object" },
      messages: [
        { role: "system", content: SYSTEM_PROMPT },
        {
          role: "user",
          content:
            `Write ${count + 5} questions.\nTitle: ${article.title}\n` +
            `Published: ${article.publishedAt ?? "unknown"}\n\n${article.text}`,
        },
      ],
    }),
  });
  if (!response.ok) throw new Error(`LLM endpoint answered ${response.status}`);
  const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (!content) throw new Error("LLM reply had no content");
  const json = content.replace(/^```(?:json)?\s*|\s*```$/g, "");
  return llmResponseSchema.parse(JSON.parse(json)).questions;
}

/** Turns the model's questions into gate candidates, dropping those that are not grounded in the article. */
function groundLlmQuestions(
  raw: unknown[],
  article: ArticleInput,
  facts: Facts,
): { candidates: Candidate[]; dropped: DroppedCandidate[] } {
  const candidates: Candidate[] = [];
  const dropped: DroppedCandidate[] = [];
  for (const item of raw) {
    const parsed = llmQuestionSchema.safeParse(item);
    if (!parsed.success) {
      dropped.push({
        type: "who",
        prompt: String((item as { prompt?: unknown })?.prompt ?? "(unreadable)"),
        reasons: ["malformed question from the model"],
      });
      continue;
    }
    const question = parsed.data;
    const start = article.text.indexOf(question.evidence.trim());
    const drop = (reason: string) => dropped.push({ type: question.type, prompt: question.prompt, reasons: [reason] });
    if (start < 0) {
      drop("evidence not found verbatim in the article");
      continue;
    }
    const evidence = { start, end: start + question.evidence.trim().length, text: question.evidence.trim() };
    const isTrueFalse = question.type === "true-false";
    if (!isTrueFalse && !answerIsInEvidence(question.answer, evidence.text)) {
      drop("answer not found in its evidence sentence");
      continue;
    }
    const choices = question.type === "fill-in" ? [] : [...new Set(question.choices)];
    if (question.type !== "fill-in" && !choices.includes(question.answer)) {
      drop("answer missing from the choices");
      continue;
    }
    const sentence =
      facts.sentences.find((candidate) => candidate.start <= start && start < candidate.end) ?? facts.sentences[0]!;
    candidates.push({
      type: question.type as QuestionKind,
      prompt: question.prompt,
      stem: question.prompt,
      answer: question.answer,
      accepted: question.type === "fill-in" ? aliasesOf(question.answer) : [question.answer],
      distractors: {
        options: isTrueFalse
          ? [question.answer === "True" ? "False" : "True"]
          : choices.filter((choice) => choice !== question.answer),
        fromArticle: 0,
      },
      evidence,
      sentence: sentence.index,
      paragraph: sentence.paragraph,
      entity: question.answer,
      explanation: question.explanation.includes(evidence.text)
        ? question.explanation
        : `${question.explanation} The article says: “${evidence.text}”`.trim(),
      problems: [],
      notes: ["written by the language model"],
    });
  }
  return { candidates, dropped };
}

/** The answer as written, or a person's short form ("Wang" for Wang Yi, "Lavrov" for Sergei Lavrov). */
function answerIsInEvidence(answer: string, evidence: string): boolean {
  const haystack = evidence.toLowerCase();
  if (haystack.includes(answer.toLowerCase())) return true;
  const words = answer.split(/\s+/);
  if (words.length < 2) return false;
  return [shortName(answer), words.at(-1)!].some(
    (short) => short.length > 2 && new RegExp(`\\b${escapeStringRegexp(short.toLowerCase())}\\b`).test(haystack),
  );
}

/** LLM generation with the offline generator as the fallback; the result says which one ran. */
export async function generateWithLlm(
  article: ArticleInput,
  options: GenerateOptions,
  config: LlmConfig,
): Promise<GenerationResult & { fallbackReason?: string }> {
  const count = options.count ?? 10;
  try {
    const facts = extractFacts(article.text, article.publishedAt);
    const raw = await requestLlmQuestions(article, count, config);
    const grounded = groundLlmQuestions(raw, article, facts);
    const selected = selectQuestions(grounded.candidates, facts, { ...options, count });
    if (selected.questions.length === 0) throw new Error("no grounded questions in the model's reply");
    return {
      questions: selected.questions,
      dropped: [...grounded.dropped, ...selected.dropped],
      generator: { name: `llm:${config.model}`, version: LLM_GENERATOR_VERSION },
    };
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.name === "TimeoutError"
          ? "the model did not answer in time"
          : error.message
        : String(error);
    return { ...generateQuestions(article, options), fallbackReason: reason };
  }
}
