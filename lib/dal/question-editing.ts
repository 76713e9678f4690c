import "server-only";
import { db } from "@/lib/db";
import { extractFacts } from "@/lib/generation/facts";
import { topicsForEvidence } from "@/lib/generation/topics";
import { replacementDistractors, replacementQuestion } from "@/lib/generation/regenerate";
import type { QuestionKind } from "@/lib/generation/types";
import { STORED_QUESTION_TYPE } from "@/lib/generation/kinds";
import type { QuestionFields } from "@/lib/validation/questions";
import { NotFoundError, UserError } from "./errors";
import { requireTeacher } from "./viewer";

/**
 * Teachers' edits to their own questions. The owner is in every `where` (through the set), so
 * another teacher's question reads as not found. Choices are updated in place by position, so
 * answers already given keep pointing at the choice they picked.
 */
async function ownQuestion(questionId: string) {
  const teacher = await requireTeacher();
  const question = await db().question.findFirst({
    where: { id: questionId, set: { ownerId: teacher.id } },
    select: {
      id: true,
      setId: true,
      position: true,
      choices: { orderBy: { position: "asc" }, select: { id: true } },
      article: { select: { id: true, text: true, publishedAt: true } },
      set: { select: { article: { select: { id: true, text: true, publishedAt: true } } } },
    },
  });
  if (!question) throw new NotFoundError("That question");
  // A question's own article first: a set drawn from several articles has none of its own.
  return { ...question, article: question.article ?? question.set.article };
}

type ArticleText = { id: string; text: string; publishedAt: Date | null } | null;

/** Where the evidence sits in the article; it must be there word for word. */
function locateEvidence(article: ArticleText, evidence: string | undefined) {
  if (!evidence) return { evidenceStart: null, evidenceEnd: null, evidenceText: null, topics: [] as string[] };
  if (!article)
    throw new UserError(
      "This set has no article, so there is nothing to quote as evidence. Leave the evidence empty.",
      "evidence",
    );
  const start = article.text.indexOf(evidence);
  if (start < 0)
    throw new UserError(
      "That evidence is not in the article word for word. Copy the sentence from the article.",
      "evidence",
    );
  const span = { start, end: start + evidence.length, text: evidence };
  const facts = extractFacts(article.text, article.publishedAt?.toISOString().slice(0, 10));
  return {
    evidenceStart: span.start,
    evidenceEnd: span.end,
    evidenceText: span.text,
    topics: topicsForEvidence(facts, span, undefined),
  };
}

function choicesFor(fields: QuestionFields): { text: string; isCorrect: boolean }[] {
  if (fields.type === "FILL_IN") return [];
  const texts = fields.type === "TRUE_FALSE" ? ["True", "False"] : fields.choices;
  return texts.map((text, index) => ({ text, isCorrect: index === fields.correct }));
}

export async function updateQuestion(questionId: string, fields: QuestionFields): Promise<void> {
  const question = await ownQuestion(questionId);
  const evidence = locateEvidence(question.article, fields.evidence);
  const choices = choicesFor(fields);
  await db().$transaction(async (tx) => {
    await tx.question.update({
      where: { id: question.id },
      data: {
        type: fields.type,
        prompt: fields.prompt,
        explanation: fields.explanation,
        acceptedAnswers: fields.type === "FILL_IN" ? fields.accepted : [],
        ...evidence,
        articleId: evidence.evidenceText ? question.article!.id : null,
      },
    });
    for (const [position, choice] of choices.entries()) {
      const existing = question.choices[position];
      if (existing)
        await tx.choice.update({
          where: { id: existing.id },
          data: { text: choice.text, isCorrect: choice.isCorrect },
        });
      else await tx.choice.create({ data: { questionId: question.id, position, ...choice } });
    }
    const extra = question.choices.slice(choices.length).map((choice) => choice.id);
    if (extra.length) await tx.choice.deleteMany({ where: { id: { in: extra }, questionId: question.id } });
  });
}

export async function addQuestion(setId: string, fields: QuestionFields): Promise<string> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: {
      id: true,
      article: { select: { id: true, text: true, publishedAt: true } },
      _count: { select: { questions: true } },
    },
  });
  if (!set) throw new NotFoundError("That question set");
  const evidence = locateEvidence(set.article, fields.evidence);
  const created = await db().question.create({
    data: {
      setId: set.id,
      position: set._count.questions,
      type: fields.type,
      prompt: fields.prompt,
      explanation: fields.explanation,
      acceptedAnswers: fields.type === "FILL_IN" ? fields.accepted : [],
      ...evidence,
      articleId: evidence.evidenceText ? set.article!.id : null,
      generator: "manual",
      choices: { create: choicesFor(fields).map((choice, position) => ({ position, ...choice })) },
    },
    select: { id: true },
  });
  return created.id;
}

export async function deleteQuestion(questionId: string): Promise<void> {
  const question = await ownQuestion(questionId);
  await db().$transaction([
    db().question.delete({ where: { id: question.id } }),
    db().question.updateMany({
      where: { setId: question.setId, position: { gt: question.position } },
      data: { position: { decrement: 1 } },
    }),
  ]);
}

/** Swaps a question with its neighbour above or below. */
export async function moveQuestion(questionId: string, direction: "up" | "down"): Promise<void> {
  const question = await ownQuestion(questionId);
  const neighbour = await db().question.findFirst({
    where: {
      setId: question.setId,
      position: direction === "up" ? { lt: question.position } : { gt: question.position },
    },
    orderBy: { position: direction === "up" ? "desc" : "asc" },
    select: { id: true, position: true },
  });
  if (!neighbour) return;
  await db().$transaction([
    db().question.update({ where: { id: question.id }, data: { position: neighbour.position } }),
    db().question.update({ where: { id: neighbour.id }, data: { position: question.position } }),
  ]);
}

async function ownQuestionWithArticle(questionId: string) {
  const teacher = await requireTeacher();
  const question = await db().question.findFirst({
    where: { id: questionId, set: { ownerId: teacher.id } },
    select: {
      id: true,
      setId: true,
      type: true,
      kind: true,
      evidenceText: true,
      article: { select: { title: true, text: true, publishedAt: true, source: true } },
      choices: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, isCorrect: true } },
      set: {
        select: {
          title: true,
          article: { select: { title: true, text: true, publishedAt: true, source: true } },
          questions: { select: { id: true, prompt: true, evidenceText: true } },
        },
      },
    },
  });
  if (!question) throw new NotFoundError("That question");
  const article = question.article ?? question.set.article;
  if (!article) throw new UserError("This question has no article to draw new material from. Edit it by hand instead.");
  return {
    question,
    article: {
      title: article.title,
      // The quiz shows the set's title: a new question must not be answered by it.
      screenTitle: question.set.title,
      text: article.text,
      publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
      source: article.source,
    },
  };
}

/**
 * New wrong answers for a choice question: all of them, or only those given (for example the ones
 * item analysis found nobody picks). Old choices are removed, so past answers keep their result.
 */
export async function regenerateDistractors(
  questionId: string,
  onlyChoiceIds?: string[],
): Promise<{ replaced: number }> {
  const { question, article } = await ownQuestionWithArticle(questionId);
  if (question.type === "FILL_IN" || question.type === "TRUE_FALSE")
    throw new UserError("Fill-in and true/false questions have no wrong answers to change.");
  const correct = question.choices.find((choice) => choice.isCorrect);
  if (!correct) throw new UserError("Mark the right answer first.");
  const targets = question.choices.filter(
    (choice) => !choice.isCorrect && (!onlyChoiceIds || onlyChoiceIds.includes(choice.id)),
  );
  if (targets.length === 0) return { replaced: 0 };
  const fresh = replacementDistractors(article, {
    kind: (question.kind as QuestionKind | null) ?? null,
    answer: correct.text,
    evidence: question.evidenceText ?? "",
    current: question.choices.map((choice) => choice.text),
    count: targets.length,
  });
  if (fresh.length === 0)
    throw new UserError(
      "The article and our lists have no other plausible wrong answers for this question. Write some by hand.",
    );
  const replaced = targets.slice(0, fresh.length);
  await db().$transaction([
    db().choice.deleteMany({ where: { id: { in: replaced.map((choice) => choice.id) }, questionId: question.id } }),
    db().choice.createMany({
      data: replaced.map((choice, index) => ({
        questionId: question.id,
        position: choice.position,
        text: fresh[index]!,
        isCorrect: false,
      })),
    }),
  ]);
  return { replaced: replaced.length };
}

/** Replaces the question with a newly generated one on a fact the set does not use yet. */
export async function regenerateQuestion(questionId: string): Promise<void> {
  const { question, article } = await ownQuestionWithArticle(questionId);
  const others = question.set.questions.filter((other) => other.id !== question.id);
  const fresh = replacementQuestion(article, {
    kind: (question.kind as QuestionKind | null) ?? null,
    usedEvidence: [...others.map((other) => other.evidenceText ?? ""), question.evidenceText ?? ""],
    usedPrompts: question.set.questions.map((other) => other.prompt),
  });
  if (!fresh)
    throw new UserError(
      "Every fact the generator can ask about is already in this set. Write a question by hand instead.",
    );
  await db().$transaction([
    db().choice.deleteMany({ where: { questionId: question.id } }),
    db().question.update({
      where: { id: question.id },
      data: {
        type: STORED_QUESTION_TYPE[fresh.type],
        kind: fresh.type,
        prompt: fresh.prompt,
        explanation: fresh.explanation,
        acceptedAnswers: Array.isArray(fresh.answer) ? fresh.answer : [],
        evidenceStart: fresh.evidence.start,
        evidenceEnd: fresh.evidence.end,
        evidenceText: fresh.evidence.text,
        difficulty: fresh.difficulty,
        qualityScore: fresh.score,
        qualityReasons: fresh.reasons,
        factIds: fresh.factIds,
        topics: fresh.topics,
        choices: {
          create: fresh.choices.map((text, position) => ({ position, text, isCorrect: position === fresh.answer })),
        },
      },
    }),
  ]);
}

/** A draft copy of one of the teacher's sets, questions and all, to adapt without touching the original. */
export async function duplicateSet(setId: string): Promise<string> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    include: { questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } } },
  });
  if (!set) throw new NotFoundError("That question set");
  const copy = await db().questionSet.create({
    data: {
      title: `${set.title} (copy)`.slice(0, 200),
      description: set.description,
      ownerId: teacher.id,
      articleId: set.articleId,
      feedbackMode: set.feedbackMode,
      layout: set.layout,
      timeLimitSeconds: set.timeLimitSeconds,
      speedBonus: set.speedBonus,
      maxAttempts: set.maxAttempts,
      questions: {
        create: set.questions.map((question) => ({
          position: question.position,
          type: question.type,
          kind: question.kind,
          prompt: question.prompt,
          explanation: question.explanation,
          acceptedAnswers: question.acceptedAnswers,
          articleId: question.articleId,
          evidenceStart: question.evidenceStart,
          evidenceEnd: question.evidenceEnd,
          evidenceText: question.evidenceText,
          difficulty: question.difficulty,
          qualityScore: question.qualityScore,
          qualityReasons: question.qualityReasons ?? [],
          factIds: question.factIds ?? [],
          topics: question.topics,
          generator: question.generator,
          generatorVersion: question.generatorVersion,
          choices: { create: question.choices.map(({ position, text, isCorrect }) => ({ position, text, isCorrect })) },
        })),
      },
    },
    select: { id: true },
  });
  return copy.id;
}

/** An empty draft set, to fill by hand or by import. */
export async function createEmptySet(title: string): Promise<string> {
  const teacher = await requireTeacher();
  const created = await db().questionSet.create({ data: { title, ownerId: teacher.id }, select: { id: true } });
  return created.id;
}

/** Puts the set's questions in the order given (drag and drop); the ids must be exactly the set's questions. */
export async function reorderQuestions(setId: string, orderedIds: string[]): Promise<void> {
  const teacher = await requireTeacher();
  const questions = await db().question.findMany({
    where: { setId, set: { ownerId: teacher.id } },
    select: { id: true },
  });
  if (questions.length === 0) throw new NotFoundError("That question set");
  const current = new Set(questions.map((question) => question.id));
  if (
    orderedIds.length !== current.size ||
    !orderedIds.every((id) => current.has(id)) ||
    new Set(orderedIds).size !== orderedIds.length
  ) {
    throw new UserError("The set changed while you were reordering it. Reload the page and try again.");
  }
  await db().$transaction(
    orderedIds.map((id, position) => db().question.update({ where: { id }, data: { position } })),
  );
}
