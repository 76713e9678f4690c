import "server-only";
import { db } from "@/lib/db";
import { generateQuestions } from "@/lib/generation/generate";
import { generateWithLlm } from "@/lib/generation/llm";
import { defaultSetTitleOf } from "@/lib/generation/title";
import { env } from "@/lib/env";
import type { GenerateOptions } from "@/lib/generation/types";
import { STORED_QUESTION_TYPE } from "@/lib/generation/kinds";
import { NotFoundError, UserError } from "./errors";
import { requireTeacher } from "./viewer";

/** Generates questions from one of the teacher's articles into a new draft set; returns its id. */
type SetOptions = Required<Pick<GenerateOptions, "count" | "types" | "difficulty">>;

const isoDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** The title a new set from this article gets: its topic, source and date, not the headline's answers. */
const defaultTitleOf = (article: { title: string; text: string; publishedAt: Date | null; source: string | null }) =>
  defaultSetTitleOf({
    headline: article.title,
    text: article.text,
    source: article.source,
    publishedAt: isoDay(article.publishedAt),
  });

// The quiz shows the set's title above its questions, so nothing that title answers is asked.
async function generateFor(
  article: { title: string; text: string; publishedAt: Date | null; source: string | null },
  options: SetOptions,
  screenTitle: string,
) {
  const input = {
    title: article.title,
    screenTitle,
    text: article.text,
    publishedAt: isoDay(article.publishedAt),
    source: article.source,
  };
  const { LLM_BASE_URL, LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT_MS } = env();
  return LLM_BASE_URL && LLM_MODEL
    ? generateWithLlm(input, options, {
        baseUrl: LLM_BASE_URL,
        model: LLM_MODEL,
        apiKey: LLM_API_KEY,
        timeoutMs: LLM_TIMEOUT_MS,
      })
    : generateQuestions(input, options);
}

/**
 * Generates questions from one or more of the teacher's articles into a new draft set; returns its
 * id. With several articles questions alternate between them until the count is reached, each
 * keeping its own article for evidence.
 */
export async function createSetFromArticles(articleIds: string[], options: SetOptions): Promise<string> {
  const teacher = await requireTeacher();
  const ids = [...new Set(articleIds)];
  const found = await db().article.findMany({ where: { id: { in: ids }, addedById: teacher.id } });
  if (found.length !== ids.length || ids.length === 0)
    throw new NotFoundError(ids.length > 1 ? "One of those articles" : "That article");
  const articles = ids.map((id) => found.find((article) => article.id === id)!);
  // A paste with no headline found asks for one on its preview; a quiz is not named after nothing.
  if (articles.some((article) => !article.title.trim())) {
    throw new UserError("Give the article its headline first: type it above, under “Headline”, and save.");
  }
  // Each article is asked for the whole count: a short article that supports only a few questions
  // leaves room for the others to fill.
  const firstTitle = defaultTitleOf(articles[0]!);
  const title = (articles.length === 1 ? firstTitle : `${firstTitle} and ${articles.length - 1} more`).slice(0, 200);
  const results = await Promise.all(articles.map((article) => generateFor(article, options, title)));
  // Round robin, so a 10-question set from two articles is about both.
  const picked: {
    question: (typeof results)[number]["questions"][number];
    article: (typeof articles)[number];
    generator: (typeof results)[number]["generator"];
  }[] = [];
  for (let round = 0; picked.length < options.count && round < options.count; round++) {
    results.forEach((result, index) => {
      const question = result.questions[round];
      if (question && picked.length < options.count)
        picked.push({ question, article: articles[index]!, generator: result.generator });
    });
  }
  if (picked.length === 0) {
    throw new UserError(
      `We could not make any questions of those kinds from ` +
        `${articles.length > 1 ? "these articles" : "this article"}. Try more kinds of question or another difficulty.`,
      "types",
    );
  }
  const single = articles.length === 1 ? articles[0]! : null;
  const set = await db().questionSet.create({
    data: {
      title,
      description: single
        ? `${picked.length} questions generated from the article.`
        : // Shown before the quiz: the headlines, which may answer its questions, wait for the feedback.
          `${picked.length} questions generated from ${articles.length} articles.`,
      ownerId: teacher.id,
      articleId: single?.id ?? null,
      questions: {
        create: picked.map(({ question, article, generator }, position) => ({
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
          generator: generator.name,
          generatorVersion: generator.version,
          choices: {
            create: question.choices.map((text, index) => ({
              position: index,
              text,
              isCorrect: index === question.answer,
            })),
          },
        })),
      },
    },
    select: { id: true },
  });
  return set.id;
}

export async function createSetFromArticle(articleId: string, options: SetOptions): Promise<string> {
  return createSetFromArticles([articleId], options);
}

export interface ReviewQuestion {
  id: string;
  /** The text of the article this question rests on (sets from several articles mix them). */
  articleText: string | null;
  articleTitle: string | null;
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
  article: {
    title: string;
    text: string;
    source: string | null;
    url: string | null;
    publishedAt: Date | null;
    wordCount: number;
  } | null;
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
      article: { select: { title: true, text: true, source: true, url: true, publishedAt: true, wordCount: true } },
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          type: true,
          evidenceText: true,
          article: { select: { text: true, title: true } },
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
  return {
    ...rest,
    settings: { feedbackMode, layout, timeLimitSeconds, speedBonus, maxAttempts },
    questions: set.questions.map(({ article, ...question }) => ({
      ...question,
      articleText: article?.text ?? null,
      articleTitle: article?.title ?? null,
      qualityReasons: (question.qualityReasons as string[]) ?? [],
    })),
  };
}

export interface QuizSettings {
  feedbackMode: "IMMEDIATE" | "END";
  layout: "ONE_PER_SCREEN" | "ALL_ON_ONE_PAGE";
  timeLimitSeconds: number | null;
  speedBonus: boolean;
  maxAttempts: number | null;
}

/** Saves how the quiz plays and whether learners can see it. Only the owner's set is touched. */
export async function updateSetSettings(
  setId: string,
  settings: QuizSettings & { status: "DRAFT" | "PUBLISHED" },
): Promise<void> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: { id: true, status: true, _count: { select: { questions: true } } },
  });
  if (!set) throw new NotFoundError("That question set");
  if (settings.status === "PUBLISHED" && set._count.questions === 0)
    throw new UserError("Add at least one question before publishing.");
  await db().questionSet.updateMany({
    where: { id: setId, ownerId: teacher.id },
    data: {
      ...settings,
      publishedAt: settings.status === "PUBLISHED" && set.status !== "PUBLISHED" ? new Date() : undefined,
    },
  });
}
