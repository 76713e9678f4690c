"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createLiveGame, removeLivePlayer, runHostCommand } from "@/lib/dal/live-games";
import { joinLiveGame, submitLiveAnswer } from "@/lib/dal/live-players";
import { keepGuestToken, liveIdentity } from "@/lib/live-cookie";
import {
  createLiveGameSchema,
  hostCommandSchema,
  joinLiveGameSchema,
  liveAnswerSchema,
  removeLivePlayerSchema,
} from "@/lib/validation/live";
import { action, authedAction } from "./safe-action";

/**
 * Live games. Host actions are for the teacher who made the game (checked in the data layer, owner in
 * the `where`). Joining and answering are open to guests too: the data layer finds the player from the
 * session or from the guest's cookie token, and refuses anyone else.
 */

export const createLiveGameAction = authedAction(
  createLiveGameSchema,
  async (input) => {
    const gameId = await createLiveGame(input);
    redirect(`/teacher/live/${gameId}`);
  },
  { role: "teacher" },
);

export const hostLiveCommandAction = authedAction(
  hostCommandSchema,
  async ({ gameId, command }) => {
    await runHostCommand(gameId, command);
    return { command };
  },
  { role: "teacher" },
);

export const removeLivePlayerAction = authedAction(
  removeLivePlayerSchema,
  async ({ gameId, playerId }) => {
    await removeLivePlayer(gameId, playerId);
    return { removed: playerId };
  },
  { role: "teacher" },
);

async function clientIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
}

export const joinLiveGameAction = action(joinLiveGameSchema, async ({ pin, nickname }) => {
  const joined = await joinLiveGame({ pin, nickname, clientIp: await clientIp() }, await liveIdentity());
  if (joined.guestToken) await keepGuestToken(joined.guestToken);
  redirect(`/live/${joined.gameId}`);
});

export const answerLiveAction = action(liveAnswerSchema, async ({ gameId, roundId, choiceId, text }) =>
  submitLiveAnswer(gameId, roundId, choiceId ? { choiceId } : { text: text ?? "" }, await liveIdentity()),
);
