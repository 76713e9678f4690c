import "server-only";
import { PREPARED, db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { judgeAnswer, pointsFor, type GivenAnswer } from "@/lib/scoring/scoring";
import { buildFeedback, pendingQuestion, type QuestionWithKey } from "./question-feedback";
import { orderedChoices, type PlayerQuestion } from "./player-view";
import { NotAuthorizedError, NotFoundError, UserError } from "./errors";
import { accountExists, requireViewerId } from "./viewer";
import { addMissedCards } from "./reviews";

/**
 * Answering one question, the path a classroom hits all at once. It reads only what this answer needs
 * in one statement: that the attempt is the viewer's and still open, the question with its choices in
 * that attempt's set, its stored answer if any, and — for immediate feedback only — the article text
 * and the questions on the same article still unanswered (their answers stay hidden in the quote).
 * Then the one-row insert, and a review card for a miss the learner has now seen the answer to.
 */
interface StoredAnswer {
  choiceId: string | null;
  textAnswer: string | null;
  isCorrect: boolean;
  matchedAnswer: string | null;
  points: number;
}

interface AnswerContext extends Omit<QuestionWithKey, "choices"> {
  finishedAt: Date | null;
  deadline: Date | null;
  feedbackMode: "IMMEDIATE" | "END";
  speedBonus: boolean;
  questionId: string | null;
  type: PlayerQuestion["type"];
  prompt: string;
  choices: QuestionWithKey["choices"] | null;
  choiceOrder: string[] | null;
  existing: StoredAnswer | null;
  /** Null unless the feedback is shown now (immediate mode) and the question quotes its article. */
  articleText: string | null;
  onPage: string | null;
  headline: string | null;
  /** The other questions on its article not answered yet (their right choices only); null as for articleText. */
  pending: Pick<QuestionWithKey, "type" | "acceptedAnswers" | "evidenceStart" | "evidenceEnd" | "choices">[] | null;
}

const answerContext = (userId: string, attemptId: string, questionId: string) => Prisma.sql`${Prisma.raw(PREPARED)}
  SELECT a."finishedAt", a."deadline",
         COALESCE(asg."feedbackMode", s."feedbackMode")::text AS "feedbackMode",
         COALESCE(asg."speedBonus", s."speedBonus") AS "speedBonus",
         q."id" AS "questionId", q."type"::text AS "type", q."prompt", q."explanation", q."acceptedAnswers",
         q."evidenceStart", q."evidenceEnd", q."evidenceText",
         a."choiceOrder" -> q."id" AS "choiceOrder",
         (SELECT json_agg(json_build_object('id', c."id", 'text', c."text", 'isCorrect', c."isCorrect")
                          ORDER BY c."position")
            FROM "Choice" c WHERE c."questionId" = q."id") AS "choices",
         (SELECT json_build_object('choiceId', x."choiceId", 'textAnswer', x."textAnswer", 'isCorrect', x."isCorrect",
                                   'matchedAnswer', x."matchedAnswer", 'points', x."points")
            FROM "Answer" x WHERE x."attemptId" = a."id" AND x."questionId" = q."id") AS "existing",
         feedback."articleText", feedback."onPage", feedback."headline", feedback."pending"
    FROM "Attempt" a
    JOIN "QuestionSet" s ON s."id" = a."setId"
    LEFT JOIN "Assignment" asg ON asg."id" = a."assignmentId"
    LEFT JOIN "Question" q ON q."id" = ${questionId} AND q."setId" = a."setId"
    LEFT JOIN LATERAL (
      SELECT
        (SELECT t."text" FROM "Article" t
          WHERE t."id" = COALESCE(q."articleId", s."articleId") AND q."evidenceStart" IS NOT NULL) AS "articleText",
        s."title" AS "onPage",
        (SELECT t."title" FROM "Article" t WHERE t."id" = s."articleId") AS "headline",
        (SELECT json_agg(json_build_object(
                  'type', p."type", 'acceptedAnswers', p."acceptedAnswers",
                  'evidenceStart', p."evidenceStart", 'evidenceEnd', p."evidenceEnd",
                  'choices', COALESCE(
                    (SELECT json_agg(json_build_object('id', c."id", 'text', c."text", 'isCorrect', true))
                       FROM "Choice" c WHERE c."questionId" = p."id" AND c."isCorrect"),
                    '[]'::json)))
           FROM "Question" p
          WHERE p."setId" = a."setId" AND p."id" <> q."id"
            AND COALESCE(p."articleId", s."articleId") IS NOT DISTINCT FROM COALESCE(q."articleId", s."articleId")
            AND NOT EXISTS (SELECT 1 FROM "Answer" y WHERE y."attemptId" = a."id" AND y."questionId" = p."id")
        ) AS "pending"
      WHERE COALESCE(asg."feedbackMode", s."feedbackMode") = 'IMMEDIATE' AND q."id" IS NOT NULL
    ) feedback ON true
   WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`;

function checkAnswerable(
  context: AnswerContext | undefined,
  given: GivenAnswer,
): asserts context is AnswerContext & {
  questionId: string;
  choices: QuestionWithKey["choices"];
} {
  if (!context) throw new NotFoundError("That attempt");
  if (context.finishedAt)
    throw new UserError(
      "This attempt is already finished, so it takes no more answers. Start a new attempt to try again.",
    );
  if (context.deadline && context.deadline.getTime() <= Date.now())
    throw new UserError("Time is up for this attempt, so it takes no more answers. Finish it to see your results.");
  if (!context.questionId) throw new NotFoundError("That question");
  const choices = context.choices ?? [];
  if ("choiceId" in given && !choices.some((choice) => choice.id === given.choiceId))
    throw new UserError("Choose one of the answers shown.");
  if ("text" in given && context.type !== "FILL_IN") throw new UserError("Choose one of the answers shown.");
  if ("choiceId" in given && context.type === "FILL_IN") throw new UserError("Type your answer in the box.");
  context.choices = choices;
}

/**
 * Stores the answer unless one is there; returns the stored one (this, or the first of a race) and whether it
 * is new.
 */
async function storeAnswer(
  attemptId: string,
  context: AnswerContext & { questionId: string; choices: QuestionWithKey["choices"] },
  given: GivenAnswer,
  elapsedMs: number | undefined,
): Promise<{ answer: StoredAnswer; inserted: boolean }> {
  if (context.existing) return { answer: context.existing, inserted: false };
  const judgement = judgeAnswer(
    {
      type: context.type,
      correctChoiceId: context.choices.find((choice) => choice.isCorrect)?.id,
      acceptedAnswers: context.acceptedAnswers,
    },
    given,
  );
  const answer: StoredAnswer = {
    choiceId: "choiceId" in given ? given.choiceId : null,
    textAnswer: "text" in given ? given.text.slice(0, 500) : null,
    isCorrect: judgement.isCorrect,
    matchedAnswer: judgement.matched ?? null,
    points: pointsFor(judgement, { speedBonus: context.speedBonus, elapsedMs }),
  };
  const inserted = await db().answer.createMany({
    data: [
      {
        attemptId,
        questionId: context.questionId,
        ...answer,
        elapsedMs: elapsedMs === undefined ? null : Math.max(0, Math.round(elapsedMs)),
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count > 0) return { answer, inserted: true };
  // Another request stored this question's answer first: that one counts.
  const first = await db().answer.findUniqueOrThrow({
    where: { attemptId_questionId: { attemptId, questionId: context.questionId } },
    select: { choiceId: true, textAnswer: true, isCorrect: true, matchedAnswer: true, points: true },
  });
  return { answer: first, inserted: false };
}

/**
 * Stores one answer per attempt and question. A second submission (double click, retry, another
 * tab, another app instance) changes nothing and gets the first answer's result back.
 */
export async function submitAnswer(
  attemptId: string,
  questionId: string,
  given: GivenAnswer,
  elapsedMs?: number,
): Promise<{ view: PlayerQuestion; duplicate: boolean }> {
  // The attempt's row, found with this id in its where, proves the account (it goes with the account).
  const userId = await requireViewerId();
  const [context] = await db().$queryRaw<AnswerContext[]>(answerContext(userId, attemptId, questionId));
  if (!context && !(await accountExists(userId))) throw new NotAuthorizedError();
  checkAnswerable(context, given);
  const { answer, inserted } = await storeAnswer(attemptId, context, given, elapsedMs);
  const immediate = context.feedbackMode === "IMMEDIATE";
  // A miss the learner has seen the answer to becomes a review card (at the end, for end-of-quiz feedback).
  if (inserted && !answer.isCorrect && immediate) await addMissedCards(userId, [questionId]);
  const view: PlayerQuestion = {
    id: context.questionId,
    type: context.type,
    prompt: context.prompt,
    choices: orderedChoices(context.choices, context.choiceOrder ?? undefined),
    answer: { choiceId: answer.choiceId, text: answer.textAnswer },
    feedback: immediate
      ? buildFeedback(context, context.articleText ?? undefined, answer, {
          pending: (context.pending ?? []).map(pendingQuestion),
          onPage: context.onPage ?? "",
          headline: context.headline,
        })
      : null,
  };
  return { view, duplicate: !inserted };
}
