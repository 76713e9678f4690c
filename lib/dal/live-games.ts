import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { planCommand, remainingMs, type Effect, type HostCommand } from "@/lib/live/rules";
import { hostView, type HostView } from "@/lib/live/views";
import { NotFoundError, UserError } from "./errors";
import { closeGame, finishGame } from "./live-results";
import { databaseNow, loadLiveSnapshot } from "./live-snapshot";
import { publishLive } from "./live-stream";
import { shuffle } from "./shuffle";
import { requireTeacher } from "./viewer";

/**
 * Hosting a live game. Every function loads the game with the teacher's id in the `where`, so another
 * teacher's game reads as not found. Each change is one transaction; then the change is signalled.
 */

export interface NewLiveGame {
  setId: string;
  secondsPerQuestion: number;
  speedBonus: boolean;
  allowGuests: boolean;
}

const newPin = () => String(randomInt(100_000, 1_000_000));

/** Makes a game in the lobby from one of the teacher's published sets, with a PIN no open game has. */
export async function createLiveGame(input: NewLiveGame): Promise<string> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({
    where: { id: input.setId, ownerId: teacher.id, status: "PUBLISHED" },
    select: { id: true, questions: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (!set) throw new NotFoundError("That published set");
  if (set.questions.length === 0)
    throw new UserError("This set has no questions yet: add some before running it live.");
  await closeStaleLiveGames();
  for (let tries = 0; tries < 20; tries++) {
    try {
      const game = await db().liveGame.create({
        data: {
          pin: newPin(),
          hostId: teacher.id,
          setId: set.id,
          secondsPerQuestion: input.secondsPerQuestion,
          speedBonus: input.speedBonus,
          allowGuests: input.allowGuests,
          questionIds: set.questions.map((question) => question.id),
        },
        select: { id: true },
      });
      return game.id;
    } catch (error) {
      // Another open game holds this PIN; draw again.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new UserError("Could not find a free PIN just now. Please try again.");
}

async function loadOwnGame(gameId: string) {
  const teacher = await requireTeacher();
  const game = await db().liveGame.findFirst({
    where: { id: gameId, hostId: teacher.id },
    select: {
      id: true,
      status: true,
      pausedAt: true,
      version: true,
      secondsPerQuestion: true,
      questionIds: true,
      _count: { select: { rounds: true } },
      rounds: {
        orderBy: { position: "desc" },
        take: 1,
        select: { id: true, openedAt: true, durationMs: true, pausedMs: true, closedAt: true },
      },
    },
  });
  if (!game) throw new NotFoundError("That live game");
  return game;
}

type OwnGame = Awaited<ReturnType<typeof loadOwnGame>>;

/** The host's screen as it is now. */
export async function getHostView(gameId: string): Promise<HostView> {
  await loadOwnGame(gameId);
  const snapshot = await loadLiveSnapshot(gameId);
  if (!snapshot) throw new NotFoundError("That live game");
  return hostView(snapshot);
}

/** Runs one host control (start, next, skip, pause, resume, time up, end, close) and signals the change. */
export async function runHostCommand(gameId: string, command: HostCommand): Promise<void> {
  const game = await loadOwnGame(gameId);
  const round = game.rounds[0] ?? null;
  const now = await databaseNow();
  const plan = planCommand(
    {
      status: game.status,
      paused: game.pausedAt !== null,
      roundsOpened: game._count.rounds,
      questionCount: game.questionIds.length,
    },
    command,
    round ? remainingMs(round, game.pausedAt, now) : 0,
  );
  if (!plan.ok) throw new UserError(plan.error);
  try {
    await applyEffect(game, round, plan.effect, now);
  } catch (error) {
    // Two host screens pressing "next" together: the second finds the round already open.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return;
    throw error;
  }
  await publishLive({ kind: "state", gameId });
}

async function applyEffect(game: OwnGame, round: OwnGame["rounds"][number] | null, effect: Effect, now: Date) {
  const bump = { version: { increment: 1 } };
  switch (effect.kind) {
    case "openRound": {
      const questionId = game.questionIds[effect.position];
      const question = await db().question.findFirst({
        where: { id: questionId },
        select: { id: true, type: true, choices: { orderBy: { position: "asc" }, select: { id: true } } },
      });
      if (!question) throw new UserError("That question has been deleted from the set. End the game here.");
      const ids = question.choices.map((choice) => choice.id);
      await db().$transaction([
        db().liveRound.create({
          data: {
            gameId: game.id,
            position: effect.position,
            questionId: question.id,
            // True before False, as people expect; other choices in a fresh order each round.
            choiceOrder: question.type === "TRUE_FALSE" ? ids : shuffle(ids),
            openedAt: now,
            durationMs: game.secondsPerQuestion * 1000,
          },
        }),
        db().liveGame.update({ where: { id: game.id }, data: { status: "QUESTION", pausedAt: null, ...bump } }),
      ]);
      return;
    }
    case "closeRound":
      await closeRound(game.id, round!.id, now, effect.skipped);
      return;
    case "pause":
      await db().liveGame.update({ where: { id: game.id }, data: { pausedAt: now, ...bump } });
      return;
    case "resume": {
      const paused = Math.max(0, now.getTime() - game.pausedAt!.getTime());
      await db().$transaction([
        db().liveRound.update({ where: { id: round!.id }, data: { pausedMs: { increment: paused } } }),
        db().liveGame.update({ where: { id: game.id }, data: { pausedAt: null, ...bump } }),
      ]);
      return;
    }
    case "finish":
      await finishGame(game.id, now);
      return;
    case "close":
      await closeGame(game.id);
      return;
  }
}

/**
 * Closes an open round (time up, skipped by the host, or everyone answered) and shows the answers.
 * Only the first of several racing closers changes anything. Returns whether this call closed it.
 */
export async function closeRound(gameId: string, roundId: string, now: Date, skipped: boolean): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const game = await tx.liveGame.findUnique({ where: { id: gameId }, select: { pausedAt: true } });
    const paused = game?.pausedAt ? Math.max(0, now.getTime() - game.pausedAt.getTime()) : 0;
    const closed = await tx.liveRound.updateMany({
      where: { id: roundId, gameId, closedAt: null },
      data: { closedAt: now, skipped, pausedMs: { increment: paused } },
    });
    if (closed.count === 0) return false;
    await tx.liveGame.update({
      where: { id: gameId },
      data: { status: "REVEAL", pausedAt: null, version: { increment: 1 } },
    });
    return true;
  });
}

/** Takes a player out of the game: off the screens and the standings, and unable to rejoin. */
export async function removeLivePlayer(gameId: string, playerId: string): Promise<void> {
  const game = await loadOwnGame(gameId);
  const removed = await db().livePlayer.updateMany({
    where: { id: playerId, gameId: game.id, removedAt: null },
    data: { removedAt: new Date() },
  });
  if (removed.count === 0) throw new NotFoundError("That player");
  await db().liveGame.update({ where: { id: game.id }, data: { version: { increment: 1 } } });
  await publishLive({ kind: "state", gameId });
}

export interface ActiveLiveGame {
  id: string;
  pin: string;
  status: string;
  players: number;
}

/** The teacher's games of this set that have not been closed yet, newest first. */
export async function listOpenLiveGames(setId: string): Promise<ActiveLiveGame[]> {
  const teacher = await requireTeacher();
  const games = await db().liveGame.findMany({
    where: { setId, hostId: teacher.id, status: { not: "CLOSED" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, pin: true, status: true, _count: { select: { players: { where: { removedAt: null } } } } },
  });
  return games.map((game) => ({ id: game.id, pin: game.pin ?? "", status: game.status, players: game._count.players }));
}

/** Games nobody has touched in hours are ended and closed, so PINs free up and guests do not linger. */
const IDLE_GAME_MS = 3 * 60 * 60_000;
/** The end screen stays up this long; then the game closes and its guests are erased. */
export const END_SCREEN_MS = 10 * 60_000;

/** Ends and closes forgotten games (run whenever a game is made or joined; cheap, indexed). */
export async function closeStaleLiveGames(): Promise<void> {
  const now = await databaseNow();
  const stale = await db().liveGame.findMany({
    where: {
      OR: [
        { status: { in: ["LOBBY", "QUESTION", "REVEAL"] }, updatedAt: { lt: new Date(now.getTime() - IDLE_GAME_MS) } },
        { status: "FINISHED", endedAt: { lt: new Date(now.getTime() - END_SCREEN_MS) } },
      ],
    },
    select: { id: true, status: true },
    take: 20,
  });
  for (const game of stale) {
    if (game.status !== "FINISHED") await finishGame(game.id, now);
    await closeGame(game.id);
    await publishLive({ kind: "state", gameId: game.id });
  }
}
