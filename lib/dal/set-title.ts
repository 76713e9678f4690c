import "server-only";
import { db } from "@/lib/db";
import { questionsTheTitleAnswers } from "@/lib/generation/headline/title-check";
import { NotFoundError } from "./errors";
import { requireTeacher } from "./viewer";

/** Renames one of the teacher's own sets; anyone else's reads as not found. */
export async function renameSet(setId: string, title: string): Promise<void> {
  const teacher = await requireTeacher();
  const { count } = await db().questionSet.updateMany({ where: { id: setId, ownerId: teacher.id }, data: { title } });
  if (count === 0) throw new NotFoundError("That question set");
}

export interface TitleWarning {
  questionId: string;
  /** 1-based, as the set page numbers its questions. */
  number: number;
  reason: string;
}

/**
 * The questions of the teacher's own set that its title answers (the quiz shows the title above every
 * question), each with the reason, judged by the generator's headline check against each question's article.
 */
export async function titleWarningsFor(setId: string): Promise<TitleWarning[]> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: {
      title: true,
      articleId: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          type: true,
          prompt: true,
          acceptedAnswers: true,
          evidenceStart: true,
          evidenceEnd: true,
          topics: true,
          articleId: true,
          choices: { where: { isCorrect: true }, select: { text: true } },
        },
      },
    },
  });
  if (!set) throw new NotFoundError("That question set");
  const byArticle = new Map<string, typeof set.questions>();
  for (const question of set.questions) {
    const articleId = question.articleId ?? set.articleId;
    if (articleId) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), question]);
  }
  if (byArticle.size === 0) return [];
  const articles = await db().article.findMany({
    where: { id: { in: [...byArticle.keys()] } },
    select: { id: true, text: true, publishedAt: true },
  });
  const warned = new Map<string, string>();
  for (const article of articles) {
    const questions = byArticle.get(article.id) ?? [];
    const warnings = questionsTheTitleAnswers(
      set.title,
      { text: article.text, publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null },
      questions.map((question) => ({
        id: question.id,
        kind: question.kind,
        type: question.type,
        prompt: question.prompt,
        answers: question.type === "FILL_IN" ? question.acceptedAnswers : question.choices.map((choice) => choice.text),
        evidenceStart: question.evidenceStart,
        evidenceEnd: question.evidenceEnd,
        topics: question.topics,
      })),
    );
    for (const warning of warnings) warned.set(warning.id, warning.reason);
  }
  return set.questions.flatMap((question, index) => {
    const reason = warned.get(question.id);
    return reason ? [{ questionId: question.id, number: index + 1, reason }] : [];
  });
}
