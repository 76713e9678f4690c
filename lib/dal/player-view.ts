import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PendingQuestion } from "@/lib/scoring/withhold";
import { buildFeedback, pendingQuestion, questionWithKeySelect, type Feedback } from "./question-feedback";
import { NotFoundError } from "./errors";

/**
 * An attempt as the quiz player and the results page show it: one query for the attempt, its set,
 * questions, choices and answers, and a second for the text of the articles whose feedback is shown.
 * Work across questions is done once per attempt (answers by question, pending questions by article),
 * not once per question.
 */
export interface PlayerQuestion {
  id: string;
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";
  prompt: string;
  choices: { id: string; text: string }[];
  answer: { choiceId: string | null; text: string | null } | null;
  /** Only present when this question's feedback may be shown. */
  feedback: Feedback | null;
}

export interface PlayerView {
  attemptId: string;
  setId: string;
  /** Set for class assignments: retakes go through the assignment, not the public quiz. */
  assignmentId: string | null;
  title: string;
  feedbackMode: "IMMEDIATE" | "END";
  layout: "ONE_PER_SCREEN" | "ALL_ON_ONE_PAGE";
  deadline: Date | null;
  /** The time limit has passed (answers are refused). */
  expired: boolean;
  finished: boolean;
  /** Its headline is null until the attempt is over: the quiz shows the set's title, source and date. */
  article: { title: string | null; source: string | null; url: string | null; publishedAt: Date | null } | null;
  questions: PlayerQuestion[];
}

/** Per attempt, stored so a reload shows the same order: { [questionId]: choiceId[] }. */
export type ChoiceOrder = Record<string, string[]>;

const attemptViewSelect = {
  id: true,
  userId: true,
  setId: true,
  assignmentId: true,
  startedAt: true,
  deadline: true,
  finishedAt: true,
  score: true,
  maxScore: true,
  choiceOrder: true,
  answers: {
    select: { questionId: true, choiceId: true, textAnswer: true, isCorrect: true, matchedAnswer: true, points: true },
  },
  // An assignment's settings override the set's.
  assignment: { select: { feedbackMode: true, speedBonus: true } },
  set: {
    select: {
      id: true,
      title: true,
      feedbackMode: true,
      layout: true,
      speedBonus: true,
      articleId: true,
      article: { select: { title: true, source: true, url: true, publishedAt: true } },
      questions: { orderBy: { position: "asc" }, select: questionWithKeySelect },
    },
  },
} satisfies Prisma.AttemptSelect;

type LoadedAttempt = Prisma.AttemptGetPayload<{ select: typeof attemptViewSelect }>;
type LoadedQuestion = LoadedAttempt["set"]["questions"][number];

const feedbackModeOf = (attempt: Pick<LoadedAttempt, "assignment" | "set">) =>
  attempt.assignment?.feedbackMode ?? attempt.set.feedbackMode;

/** The viewer's own attempt with everything its view needs; someone else's reads as not found. */
export async function loadOwnAttempt(userId: string, attemptId: string): Promise<LoadedAttempt> {
  const attempt = await db().attempt.findFirst({ where: { id: attemptId, userId }, select: attemptViewSelect });
  if (!attempt) throw new NotFoundError("That attempt");
  return attempt;
}

/** The text of these articles, for the feedback quotes that are shown. */
async function articleTexts(ids: Set<string>): Promise<Map<string, string>> {
  if (ids.size === 0) return new Map();
  const articles = await db().article.findMany({ where: { id: { in: [...ids] } }, select: { id: true, text: true } });
  return new Map(articles.map((article) => [article.id, article.text]));
}

/** The choices in the attempt's stored order (a question added since keeps its own order). */
export function orderedChoices(
  choices: { id: string; text: string }[],
  order: string[] | undefined,
): { id: string; text: string }[] {
  if (!order) return choices.map(({ id, text }) => ({ id, text }));
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  return order.flatMap((id) => {
    const choice = byId.get(id);
    return choice ? [{ id: choice.id, text: choice.text }] : [];
  });
}

export async function toPlayerView(attempt: LoadedAttempt): Promise<PlayerView> {
  const { set } = attempt;
  const order = attempt.choiceOrder as ChoiceOrder;
  const finished = attempt.finishedAt !== null;
  const mode = feedbackModeOf(attempt);
  const answers = new Map(attempt.answers.map((answer) => [answer.questionId, answer]));
  const articleOf = (question: LoadedQuestion) => question.articleId ?? set.articleId;
  // Answered questions show feedback in immediate mode; every question does once the attempt is over.
  const showsFeedback = (question: LoadedQuestion) => finished || (mode === "IMMEDIATE" && answers.has(question.id));

  const quoted = new Set<string>();
  for (const question of set.questions) {
    const articleId = articleOf(question);
    if (articleId && question.evidenceStart !== null && showsFeedback(question)) quoted.add(articleId);
  }
  const texts = await articleTexts(quoted);
  // Mid-attempt, a quote must not answer the questions still to come on its article.
  const pendingByArticle = new Map<string | null, PendingQuestion[]>();
  if (!finished) {
    for (const question of set.questions) {
      if (answers.has(question.id)) continue;
      const articleId = articleOf(question);
      const pending = pendingByArticle.get(articleId);
      if (pending) pending.push(pendingQuestion(question));
      else pendingByArticle.set(articleId, [pendingQuestion(question)]);
    }
  }
  // The quiz shows the set's title; the article's headline comes with each answer's feedback.
  const onPage = set.title;
  const headline = set.article?.title ?? null;

  return {
    attemptId: attempt.id,
    setId: set.id,
    assignmentId: attempt.assignmentId,
    title: set.title,
    feedbackMode: mode,
    layout: set.layout,
    deadline: attempt.deadline,
    expired: attempt.deadline !== null && attempt.deadline.getTime() <= Date.now(),
    finished,
    // The article's text stays on the server; the player only needs where it came from, and its
    // headline (which may answer questions) only once the attempt is over.
    article: set.article && { ...set.article, title: finished ? set.article.title : null },
    questions: set.questions.map((question) => {
      const answer = answers.get(question.id) ?? null;
      const articleId = articleOf(question);
      return {
        id: question.id,
        type: question.type,
        prompt: question.prompt,
        choices: orderedChoices(question.choices, order[question.id]),
        answer: answer ? { choiceId: answer.choiceId, text: answer.textAnswer } : null,
        feedback: showsFeedback(question)
          ? buildFeedback(
              question,
              articleId ? texts.get(articleId) : undefined,
              answer,
              finished
                ? { pending: [], onPage, headline }
                : { pending: pendingByArticle.get(articleId) ?? [], onPage, headline },
            )
          : null,
      };
    }),
  };
}
