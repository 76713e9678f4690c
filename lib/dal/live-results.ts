import "server-only";
import { db } from "@/lib/db";
import { maxPoints } from "@/lib/scoring/scoring";
import { missedQuestionCards } from "./reviews";

/**
 * The end of a live game. Signed-in players' games become ordinary finished attempts (answers, score,
 * review cards for the misses), so history, the review page and spaced repetition treat them like any
 * quiz. Closing the game then erases its guests. Both are internal steps of host commands and of the
 * clean-up of forgotten games; callers have checked who may end the game.
 */

const ACTIVE = ["LOBBY", "QUESTION", "REVEAL"] as const;

/** Ends the game (closing any open question) and writes the signed-in players' attempts. Ending twice does nothing. */
export async function finishGame(gameId: string, now: Date): Promise<void> {
  await db().$transaction(
    async (tx) => {
      const ended = await tx.liveGame.updateMany({
        where: { id: gameId, status: { in: [...ACTIVE] } },
        data: { status: "FINISHED", endedAt: now, pausedAt: null, version: { increment: 1 } },
      });
      if (ended.count === 0) return;
      await tx.liveRound.updateMany({ where: { gameId, closedAt: null }, data: { closedAt: now } });
      const game = await tx.liveGame.findUniqueOrThrow({
        where: { id: gameId },
        select: { setId: true, speedBonus: true, _count: { select: { rounds: true } } },
      });
      const players = await tx.livePlayer.findMany({
        where: { gameId, userId: { not: null }, removedAt: null, answers: { some: {} } },
        select: {
          userId: true,
          joinedAt: true,
          answers: {
            select: {
              choiceId: true,
              textAnswer: true,
              isCorrect: true,
              matchedAnswer: true,
              points: true,
              elapsedMs: true,
              answeredAt: true,
              round: { select: { questionId: true, choiceOrder: true } },
            },
          },
        },
      });
      if (players.length === 0) return;
      const maxScore = maxPoints(game._count.rounds, game.speedBonus);
      const attempts = await tx.attempt.createManyAndReturn({
        data: players.map((player) => ({
          userId: player.userId!,
          setId: game.setId,
          liveGameId: gameId,
          startedAt: player.joinedAt,
          finishedAt: now,
          score: Math.round(player.answers.reduce((sum, answer) => sum + answer.points, 0) * 100) / 100,
          maxScore,
          choiceOrder: Object.fromEntries(
            player.answers.map((answer) => [answer.round.questionId, answer.round.choiceOrder]),
          ),
        })),
        select: { id: true, userId: true },
      });
      const attemptOf = new Map(attempts.map((attempt) => [attempt.userId, attempt.id]));
      await tx.answer.createMany({
        data: players.flatMap((player) =>
          player.answers.map((answer) => ({
            attemptId: attemptOf.get(player.userId!)!,
            questionId: answer.round.questionId,
            choiceId: answer.choiceId,
            textAnswer: answer.textAnswer,
            isCorrect: answer.isCorrect,
            matchedAnswer: answer.matchedAnswer,
            points: answer.points,
            elapsedMs: answer.elapsedMs,
            answeredAt: answer.answeredAt,
          })),
        ),
      });
      await tx.reviewCard.createMany({
        data: players.flatMap((player) =>
          missedQuestionCards(
            player.userId!,
            player.answers.filter((answer) => !answer.isCorrect).map((answer) => answer.round.questionId),
            now,
          ),
        ),
        skipDuplicates: true,
      });
    },
    { timeout: 30_000 },
  );
}

/** Closes an ended game: its guests and everything they answered are deleted, and the PIN is freed. */
export async function closeGame(gameId: string): Promise<void> {
  await db().$transaction([
    db().livePlayer.deleteMany({ where: { gameId, userId: null } }),
    db().liveGame.update({
      where: { id: gameId },
      data: { status: "CLOSED", pin: null, pausedAt: null, version: { increment: 1 } },
    }),
  ]);
}
