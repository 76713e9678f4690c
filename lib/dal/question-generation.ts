import "server-only";
import { db } from "@/lib/db";
import { generateQuestions } from "@/lib/generation/generate";
import { generateWithLlm } from "@/lib/generation/llm";
import { env } from "@/lib/env";
import type { GenerateOptions } from "@/lib/generation/types";
import { STORED_QUESTION_TYPE } from "@/lib/generation/kinds";
import { NotFoundError, UserError } from "./errors";
import { requireTeacher } from "./viewer";


/** Generates questions from one of the teacher's articles into a new draft set; returns its id. */
export async function createSetFromArticle(articleId: string, options: Required<Pick<GenerateOptions, "count" | "types" | "difficulty">>): Promise<string> {
  const teacher = await requireTeacher();
  const article = await db().article.findFirst({ where: { id: articleId, addedById: teacher.id } });
  if (!article) throw new NotFoundError("That article");
  const input = { title: article.title, text: article.text, publishedAt: article.publishedAt?.toISOString().slice(0, 10), source: article.source };
  const { LLM_BASE_URL, LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT_MS } = env();
  const result =
    LLM_BASE_URL && LLM_MODEL
      ? await generateWithLlm(input, options, { baseUrl: LLM_BASE_URL, model: LLM_MODEL, apiKey: LLM_API_KEY, timeoutMs: LLM_TIMEOUT_MS })
      : generateQuestions(input, options);
  if (result.questions.length === 0) {
    throw new UserError("We could not make any questions of those kinds from this article. Try more kinds of question or another difficulty.", "types");
  }
  const set = await db().questionSet.create({
    data: {
      title: article.title,
      description: `${result.questions.length} questions generated from the article.`,
      ownerId: teacher.id,
      articleId: article.id,
      questions: {
        create: result.questions.map((question, position) => ({
          position,
          type: STORED_QUESTION_TYPE[question.type],
          kind: question.type,
          prompt: question.prompt,
          explanation: question.explanation,
          acceptedAnswers: Array.isArray(question.answer) ? question.answer : [],
          articleId: article.id,
          evidenceStart: question.evidence.start,
          evidenceEnd: question.evidence.end,
          evidenceText: question.evidence.text,
          difficulty: question.difficulty,
          qualityScore: question.score,
          qualityReasons: question.reasons,
          factIds: question.factIds,
          topics: question.topics,
          generator: result.generator.name,
          generatorVersion: result.generator.version,
          choices: { create: question.choices.map((text, index) => ({ position: index, text, isCorrect: index === question.answer })) },
        })),
      },
    },
    select: { id: true },
  });
  return set.id;
}

export interface ReviewQuestion {
  id: string;
  position: number;
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";
  evidenceText: string | null;
  kind: string | null;
  prompt: string;
  explanation: string;
  acceptedAnswers: string[];
  choices: { id: string; text: string; isCorrect: boolean }[];
  evidenceStart: number | null;
  evidenceEnd: number | null;
  difficulty: number;
  qualityScore: number | null;
  qualityReasons: string[];
}

export interface SetForReview {
  id: string;
  title: string;
  status: "DRAFT" | "PUBLISHED";
  settings: QuizSettings;
  article: { title: string; text: string; source: string | null; url: string | null; publishedAt: Date | null } | null;
  questions: ReviewQuestion[];
}

/** A teacher's own set with answer keys, for review. Anyone else's reads as not found. */
export async function getSetForReview(setId: string): Promise<SetForReview> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: {
      id: true,
      title: true,
      status: true,
      feedbackMode: true,
      layout: true,
      timeLimitSeconds: true,
      speedBonus: true,
      maxAttempts: true,
      article: { select: { title: true, text: true, source: true, url: true, publishedAt: true } },
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          type: true,
          evidenceText: true,
          kind: true,
          prompt: true,
          explanation: true,
          acceptedAnswers: true,
          evidenceStart: true,
          evidenceEnd: true,
          difficulty: true,
          qualityScore: true,
          qualityReasons: true,
          choices: { orderBy: { position: "asc" }, select: { id: true, text: true, isCorrect: true } },
        },
      },
    },
  });
  if (!set) throw new NotFoundError("That question set");
  const { feedbackMode, layout, timeLimitSeconds, speedBonus, maxAttempts, ...rest } = set;
  return { ...rest, settings: { feedbackMode, layout, timeLimitSeconds, speedBonus, maxAttempts }, questions: set.questions.map((question) => ({ ...question, qualityReasons: (question.qualityReasons as string[]) ?? [] })) };
}

export interface QuizSettings {
  feedbackMode: "IMMEDIATE" | "END";
  layout: "ONE_PER_SCREEN" | "ALL_ON_ONE_PAGE";
  timeLimitSeconds: number | null;
  speedBonus: boolean;
  maxAttempts: number | null;
}

/** Saves how the quiz plays and whether learners can see it. Only the owner's set is touched. */
export async function updateSetSettings(setId: string, settings: QuizSettings & { status: "DRAFT" | "PUBLISHED" }): Promise<void> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({ where: { id: setId, ownerId: teacher.id }, select: { id: true, status: true, _count: { select: { questions: true } } } });
  if (!set) throw new NotFoundError("That question set");
  if (settings.status === "PUBLISHED" && set._count.questions === 0) throw new UserError("Add at least one question before publishing.");
  await db().questionSet.updateMany({
    where: { id: setId, ownerId: teacher.id },
    data: {
      ...settings,
      publishedAt: settings.status === "PUBLISHED" && set.status !== "PUBLISHED" ? new Date() : undefined,
    },
  });
}
