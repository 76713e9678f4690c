import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { answerWindow, MAX_PLAYERS, normalizeNickname } from "@/lib/live/rules";
import { playerView, type PlayerView } from "@/lib/live/views";
import { judgeAnswer, pointsFor, type GivenAnswer } from "@/lib/scoring/scoring";
import { NotAuthorizedError, NotFoundError, UserError } from "./errors";
import { closeRound, closeStaleLiveGames } from "./live-games";
import { databaseNow, findOwnPlayer, hashGuestToken, loadLiveSnapshot, type LiveIdentity } from "./live-snapshot";
import { publishLive } from "./live-stream";
import { clearFailures, recordFailure, secondsBlocked } from "./rate-limit";
import { getViewer } from "./viewer";

/**
 * Playing a live game: joining by PIN (signed in, or as a guest where the host allows it) and
 * answering. A player is found by their session, or by the hash of the token in a guest's cookie,
 * always together with the game's id; nobody can act as another player.
 */

// Six digits can be guessed, so wrong PINs are counted per person (or per address for guests).
const PIN_LIMIT = { limit: 20, windowSeconds: 10 * 60 };

export interface JoinResult {
  gameId: string;
  /** For a new guest: the token to keep in their cookie. */
  guestToken: string | null;
}

const SAME_NICKNAME = "Someone in this game already uses that nickname. Pick another.";

export async function joinLiveGame(
  input: { pin: string; nickname?: string; clientIp: string },
  identity: LiveIdentity,
): Promise<JoinResult> {
  const viewer = await getViewer();
  const limit = { key: `live-pin:${viewer ? `user:${viewer.id}` : `ip:${input.clientIp}`}`, ...PIN_LIMIT };
  const wait = await secondsBlocked(limit);
  if (wait > 0) throw new UserError(`Too many wrong PINs. Try again in ${Math.ceil(wait / 60)} minutes.`, "pin");
  await closeStaleLiveGames();
  const game = await db().liveGame.findFirst({
    where: { pin: input.pin, status: { in: ["LOBBY", "QUESTION", "REVEAL", "FINISHED"] } },
    select: { id: true, hostId: true, status: true, allowGuests: true, _count: { select: { players: true } } },
  });
  if (!game) {
    await recordFailure(limit);
    throw new UserError("No game is open with that PIN. Check the number on the screen.", "pin");
  }
  await clearFailures(limit.key);
  const existing = await findOwnPlayer(game.id, identity);
  if (existing?.removedAt) throw new UserError("The host has removed you from this game.", "pin");
  if (existing) return { gameId: game.id, guestToken: null };
  if (game.status === "FINISHED") throw new UserError("This game has ended.", "pin");
  if (viewer?.id === game.hostId)
    throw new UserError("You are hosting this game: play it from another account.", "pin");
  if (game._count.players >= MAX_PLAYERS) throw new UserError("This game is full.", "pin");

  if (viewer) {
    try {
      await db().livePlayer.create({ data: { gameId: game.id, userId: viewer.id, name: viewer.name } });
    } catch (error) {
      // A double submit: the first one made the player.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
    await publishLive({ kind: "state", gameId: game.id });
    return { gameId: game.id, guestToken: null };
  }

  if (!game.allowGuests) {
    throw new NotAuthorizedError("This game is for signed-in players: sign in, then enter the PIN again.");
  }
  if (!input.nickname) throw new UserError("Pick a nickname to play as a guest.", "nickname");
  const { name, key } = normalizeNickname(input.nickname);
  const clash = await db().livePlayer.findFirst({
    where: { gameId: game.id, name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (clash) throw new UserError(SAME_NICKNAME, "nickname");
  const guestToken = randomBytes(32).toString("base64url");
  try {
    await db().livePlayer.create({
      data: { gameId: game.id, name, nicknameKey: key, tokenHash: hashGuestToken(guestToken) },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserError(SAME_NICKNAME, "nickname");
    }
    throw error;
  }
  await publishLive({ kind: "state", gameId: game.id });
  return { gameId: game.id, guestToken };
}

async function requirePlayer(gameId: string, identity: LiveIdentity) {
  const player = await findOwnPlayer(gameId, identity);
  if (!player) throw new NotAuthorizedError("Join the game with its PIN first.");
  if (player.removedAt) throw new UserError("The host has removed you from this game.");
  return player;
}

/** The caller's phone screen as it is now; null when they are not in this game. */
export async function getOwnPlayerView(gameId: string, identity: LiveIdentity): Promise<PlayerView | null> {
  const player = await findOwnPlayer(gameId, identity);
  if (!player) return null;
  const snapshot = await loadLiveSnapshot(gameId);
  return snapshot && playerView(snapshot, player.id);
}

export interface AnswerReceipt {
  roundId: string;
  /** What was recorded: this answer, or the first one when the player had already answered. */
  choiceId: string | null;
  text: string | null;
  duplicate: boolean;
}

/**
 * Records one answer, scored on the server with the time since the server opened the round. The
 * receipt says only that it is in: right or wrong is shown to everyone when the round closes.
 */
export async function submitLiveAnswer(
  gameId: string,
  roundId: string,
  given: GivenAnswer,
  identity: LiveIdentity,
): Promise<AnswerReceipt> {
  const player = await requirePlayer(gameId, identity);
  const [round, now] = await Promise.all([
    db().liveRound.findFirst({
      where: { id: roundId, gameId },
      select: {
        id: true,
        openedAt: true,
        durationMs: true,
        pausedMs: true,
        closedAt: true,
        choiceOrder: true,
        game: { select: { status: true, pausedAt: true, speedBonus: true } },
        question: {
          select: { type: true, acceptedAnswers: true, choices: { where: { isCorrect: true }, select: { id: true } } },
        },
      },
    }),
    databaseNow(),
  ]);
  if (!round) throw new NotFoundError("That question");
  const window = answerWindow(round, round.game.pausedAt, now);
  if (!window.ok || round.game.status !== "QUESTION") {
    throw new UserError(window.ok ? "This question is closed, so this answer does not count." : window.error);
  }
  const typed = round.question.type === "FILL_IN";
  if ("choiceId" in given && (typed || !round.choiceOrder.includes(given.choiceId)))
    throw new UserError("Choose one of the answers shown.");
  if ("text" in given && !typed) throw new UserError("Choose one of the answers shown.");

  const judgement = judgeAnswer(
    {
      type: round.question.type,
      correctChoiceId: round.question.choices[0]?.id,
      acceptedAnswers: round.question.acceptedAnswers,
    },
    given,
  );
  const inserted = await db().liveAnswer.createMany({
    data: [
      {
        roundId,
        playerId: player.id,
        choiceId: "choiceId" in given ? given.choiceId : null,
        textAnswer: "text" in given ? given.text.slice(0, 200) : null,
        isCorrect: judgement.isCorrect,
        matchedAnswer: judgement.matched ?? null,
        points: pointsFor(judgement, {
          speedBonus: round.game.speedBonus,
          elapsedMs: window.elapsedMs,
          windowMs: round.durationMs,
        }),
        elapsedMs: Math.round(window.elapsedMs),
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const first = await db().liveAnswer.findUniqueOrThrow({
      where: { roundId_playerId: { roundId, playerId: player.id } },
      select: { choiceId: true, textAnswer: true },
    });
    return { roundId, choiceId: first.choiceId, text: first.textAnswer, duplicate: true };
  }
  await afterAnswer(gameId, roundId, now);
  return {
    roundId,
    choiceId: "choiceId" in given ? given.choiceId : null,
    text: "text" in given ? given.text : null,
    duplicate: false,
  };
}

/** Tells the host how many are in, and closes the round once every player still in the game has answered. */
async function afterAnswer(gameId: string, roundId: string, now: Date): Promise<void> {
  const [answered, players] = await Promise.all([
    db().liveAnswer.count({ where: { roundId, player: { removedAt: null } } }),
    db().livePlayer.count({ where: { gameId, removedAt: null } }),
  ]);
  await publishLive({ kind: "answered", gameId, roundId, answered });
  if (answered >= players && (await closeRound(gameId, roundId, now, false))) {
    await publishLive({ kind: "state", gameId });
  }
}
