import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LiveSnapshot, RoundKey } from "@/lib/live/views";
import { buildFeedback, pendingQuestion, questionWithKeySelect } from "./question-feedback";
import { getViewer } from "./viewer";

/**
 * Reading a live game: who is asking (the host, a signed-in player or a guest with the token from
 * their cookie), and one snapshot of the game's state from which every screen's view is built.
 */

/** What identifies a guest: the token from their cookie. Signed-in people are identified by their session. */
export interface LiveIdentity {
  guestToken?: string | null;
}

export type LiveAudience = { kind: "host"; gameId: string } | { kind: "player"; gameId: string; playerId: string };

export const hashGuestToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The database's clock: rounds are opened and answers timed by it, whichever app instance serves them. */
export async function databaseNow(client: Prisma.TransactionClient = db()): Promise<Date> {
  const [row] = await client.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return new Date(row!.now);
}

/** The caller's player row in this game (removed players included), or null. */
export async function findOwnPlayer(gameId: string, identity: LiveIdentity) {
  const viewer = await getViewer();
  const select = { id: true, name: true, userId: true, removedAt: true } as const;
  if (viewer) {
    const player = await db().livePlayer.findFirst({ where: { gameId, userId: viewer.id }, select });
    if (player) return player;
  }
  if (!identity.guestToken) return null;
  return db().livePlayer.findFirst({
    where: { gameId, userId: null, tokenHash: hashGuestToken(identity.guestToken) },
    select,
  });
}

/** The host of the game, or one of its players; null for anyone else (the game then reads as not found). */
export async function authorizeLiveAudience(gameId: string, identity: LiveIdentity): Promise<LiveAudience | null> {
  const viewer = await getViewer();
  if (viewer) {
    const hosted = await db().liveGame.findFirst({ where: { id: gameId, hostId: viewer.id }, select: { id: true } });
    if (hosted) return { kind: "host", gameId };
  }
  const player = await findOwnPlayer(gameId, identity);
  return player ? { kind: "player", gameId, playerId: player.id } : null;
}

const roundSelect = {
  id: true,
  position: true,
  choiceOrder: true,
  openedAt: true,
  durationMs: true,
  pausedMs: true,
  closedAt: true,
  skipped: true,
  question: { select: { ...questionWithKeySelect, article: { select: { text: true } } } },
  answers: {
    select: { playerId: true, choiceId: true, textAnswer: true, isCorrect: true, points: true, matchedAnswer: true },
  },
} satisfies Prisma.LiveRoundSelect;

type LoadedRound = Prisma.LiveRoundGetPayload<{ select: typeof roundSelect }>;

/** The key of a closed round, its quote hiding what would answer the game's questions still to come. */
async function roundKey(
  round: LoadedRound,
  game: { questionIds: string[]; set: { title: string; articleId: string | null; article: { text: string } | null } },
): Promise<RoundKey> {
  const question = round.question;
  const articleId = question.articleId ?? game.set.articleId;
  const laterIds = game.questionIds.slice(round.position + 1);
  const later = laterIds.length
    ? await db().question.findMany({ where: { id: { in: laterIds } }, select: questionWithKeySelect })
    : [];
  const feedback = buildFeedback(question, question.article?.text ?? game.set.article?.text, null, {
    pending: later.filter((other) => (other.articleId ?? game.set.articleId) === articleId).map(pendingQuestion),
    onPage: game.set.title,
  });
  return {
    correctChoiceIds: question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.id),
    correctAnswers: feedback.correctAnswers,
    explanation: feedback.explanation,
    evidence: feedback.evidence?.text ?? null,
    withheld: feedback.withheld,
  };
}

/**
 * The whole state of one game as the screens need it. Internal to the live data-access files: callers
 * have authorized the audience first, and build its view with lib/live/views, which hands a round's key
 * on only once the round is closed (the key is copied in here only then, too).
 */
export async function loadLiveSnapshot(gameId: string): Promise<LiveSnapshot | null> {
  const [game, now] = await Promise.all([
    db().liveGame.findUnique({
      where: { id: gameId },
      select: {
        id: true,
        pin: true,
        status: true,
        pausedAt: true,
        version: true,
        secondsPerQuestion: true,
        speedBonus: true,
        allowGuests: true,
        questionIds: true,
        set: { select: { title: true, articleId: true, article: { select: { text: true } } } },
        players: {
          select: { id: true, name: true, userId: true, removedAt: true },
          orderBy: { joinedAt: "asc" },
        },
        rounds: { orderBy: { position: "desc" }, take: 1, select: roundSelect },
      },
    }),
    databaseNow(),
  ]);
  if (!game) return null;
  const round = game.rounds[0] ?? null;
  const ended = game.status === "FINISHED" || game.status === "CLOSED";
  const [totals, attempts, key] = await Promise.all([
    db().liveAnswer.groupBy({
      by: ["playerId", "isCorrect"],
      where: { round: { gameId, closedAt: { not: null } } },
      _sum: { points: true },
      _count: { _all: true },
    }),
    ended ? db().attempt.findMany({ where: { liveGameId: gameId }, select: { id: true, userId: true } }) : [],
    round?.closedAt ? roundKey(round, game) : null,
  ]);
  const byId = new Map(round?.question.choices.map((choice) => [choice.id, choice]));
  return {
    gameId: game.id,
    pin: game.pin,
    title: game.set.title,
    status: game.status,
    pausedAt: game.pausedAt,
    version: game.version,
    secondsPerQuestion: game.secondsPerQuestion,
    speedBonus: game.speedBonus,
    allowGuests: game.allowGuests,
    questionCount: game.questionIds.length,
    now,
    players: game.players.map((player) => ({
      id: player.id,
      name: player.name,
      guest: player.userId === null,
      userId: player.userId,
      removed: player.removedAt !== null,
    })),
    round: round && {
      id: round.id,
      position: round.position,
      type: round.question.type,
      prompt: round.question.prompt,
      choices: round.choiceOrder
        .map((id) => byId.get(id))
        .filter((choice) => choice !== undefined)
        .map((choice) => ({ id: choice.id, text: choice.text })),
      openedAt: round.openedAt,
      durationMs: round.durationMs,
      pausedMs: round.pausedMs,
      closedAt: round.closedAt,
      skipped: round.skipped,
      answers: round.answers.map((answer) => ({
        playerId: answer.playerId,
        choiceId: answer.choiceId,
        text: answer.textAnswer,
      })),
      reveal: key && {
        key,
        results: round.answers.map((answer) => ({
          playerId: answer.playerId,
          isCorrect: answer.isCorrect,
          points: answer.points,
          matchedAnswer: answer.matchedAnswer,
        })),
      },
    },
    scored: totals.map((row) => ({
      playerId: row.playerId,
      points: row._sum.points ?? 0,
      correct: row.isCorrect ? row._count._all : 0,
    })),
    attempts: Object.fromEntries(attempts.map((attempt) => [attempt.userId, attempt.id])),
  };
}
