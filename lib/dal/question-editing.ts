import "server-only";
import { db } from "@/lib/db";
import { extractFacts } from "@/lib/generation/facts";
import { topicsForEvidence } from "@/lib/generation/topics";
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
    select: { id: true, setId: true, position: true, choices: { orderBy: { position: "asc" }, select: { id: true } }, set: { select: { article: { select: { id: true, text: true, publishedAt: true } } } } },
  });
  if (!question) throw new NotFoundError("That question");
  return question;
}

type ArticleText = { id: string; text: string; publishedAt: Date | null } | null;

/** Where the evidence sits in the article; it must be there word for word. */
function locateEvidence(article: ArticleText, evidence: string | undefined) {
  if (!evidence) return { evidenceStart: null, evidenceEnd: null, evidenceText: null, topics: [] as string[] };
  if (!article) throw new UserError("This set has no article, so there is nothing to quote as evidence. Leave the evidence empty.", "evidence");
  const start = article.text.indexOf(evidence);
  if (start < 0) throw new UserError("That evidence is not in the article word for word. Copy the sentence from the article.", "evidence");
  const span = { start, end: start + evidence.length, text: evidence };
  const facts = extractFacts(article.text, article.publishedAt?.toISOString().slice(0, 10));
  return { evidenceStart: span.start, evidenceEnd: span.end, evidenceText: span.text, topics: topicsForEvidence(facts, span, undefined) };
}

function choicesFor(fields: QuestionFields): { text: string; isCorrect: boolean }[] {
  if (fields.type === "FILL_IN") return [];
  const texts = fields.type === "TRUE_FALSE" ? ["True", "False"] : fields.choices;
  return texts.map((text, index) => ({ text, isCorrect: index === fields.correct }));
}

export async function updateQuestion(questionId: string, fields: QuestionFields): Promise<void> {
  const question = await ownQuestion(questionId);
  const evidence = locateEvidence(question.set.article, fields.evidence);
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
        articleId: evidence.evidenceText ? question.set.article!.id : null,
      },
    });
    for (const [position, choice] of choices.entries()) {
      const existing = question.choices[position];
      if (existing) await tx.choice.update({ where: { id: existing.id }, data: { text: choice.text, isCorrect: choice.isCorrect } });
      else await tx.choice.create({ data: { questionId: question.id, position, ...choice } });
    }
    const extra = question.choices.slice(choices.length).map((choice) => choice.id);
    if (extra.length) await tx.choice.deleteMany({ where: { id: { in: extra }, questionId: question.id } });
  });
}

export async function addQuestion(setId: string, fields: QuestionFields): Promise<string> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({ where: { id: setId, ownerId: teacher.id }, select: { id: true, article: { select: { id: true, text: true, publishedAt: true } }, _count: { select: { questions: true } } } });
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
    db().question.updateMany({ where: { setId: question.setId, position: { gt: question.position } }, data: { position: { decrement: 1 } } }),
  ]);
}

/** Swaps a question with its neighbour above or below. */
export async function moveQuestion(questionId: string, direction: "up" | "down"): Promise<void> {
  const question = await ownQuestion(questionId);
  const neighbour = await db().question.findFirst({
    where: { setId: question.setId, position: direction === "up" ? { lt: question.position } : { gt: question.position } },
    orderBy: { position: direction === "up" ? "desc" : "asc" },
    select: { id: true, position: true },
  });
  if (!neighbour) return;
  await db().$transaction([
    db().question.update({ where: { id: question.id }, data: { position: neighbour.position } }),
    db().question.update({ where: { id: neighbour.id }, data: { position: question.position } }),
  ]);
}
