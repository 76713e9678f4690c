import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeLiveChannel } from "@/lib/db/live-channel";
import { createLiveGame, runHostCommand } from "@/lib/dal/live-games";
import { joinLiveGame, submitLiveAnswer } from "@/lib/dal/live-players";
import { authorizeLiveAudience } from "@/lib/dal/live-snapshot";
import { attachLiveStream, type StreamMessage } from "@/lib/dal/live-stream";
import type { HostView, PlayerView } from "@/lib/live/views";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";
import { makeLiveSet, type User } from "./live-fixtures";

let teacher: User;
let ana: User;
let stranger: User;
const noIdentity = { guestToken: null };

beforeAll(async () => {
  [teacher, ana, stranger] = await Promise.all([makeUser("TEACHER"), makeUser(), makeUser()]);
});

afterAll(async () => {
  await closeLiveChannel();
});

/** Collects a stream's messages; `next` waits for the first one that matches. */
function collector() {
  const messages: StreamMessage[] = [];
  const waiting: { test: (message: StreamMessage) => boolean; resolve: (message: StreamMessage) => void }[] = [];
  return {
    messages,
    send(message: StreamMessage) {
      messages.push(message);
      for (const waiter of [...waiting]) {
        if (waiter.test(message)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    },
    next(test: (message: StreamMessage) => boolean): Promise<StreamMessage> {
      const found = messages.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiting.push({ test, resolve });
        setTimeout(() => reject(new Error("no such message within 5 s")), 5000);
      });
    },
  };
}

const viewWith = (status: string) => (message: StreamMessage) =>
  message.event === "view" && message.data.status === status;

async function lobby() {
  const set = await makeLiveSet(teacher.id);
  signInAs(teacher);
  const gameId = await createLiveGame({ setId: set.id, secondsPerQuestion: 60, speedBonus: false, allowGuests: false });
  const { pin } = await db().liveGame.findUniqueOrThrow({ where: { id: gameId } });
  signInAs(ana);
  await joinLiveGame({ pin: pin!, clientIp: "127.0.0.1" }, noIdentity);
  return gameId;
}

describe("live updates", () => {
  it("reach the host and players as they happen, the key only after the question closes", async () => {
    const gameId = await lobby();
    signInAs(stranger);
    expect(await authorizeLiveAudience(gameId, noIdentity)).toBeNull();
    signInAs(teacher);
    const hostAudience = (await authorizeLiveAudience(gameId, noIdentity))!;
    expect(hostAudience.kind).toBe("host");
    signInAs(ana);
    const playerAudience = (await authorizeLiveAudience(gameId, noIdentity))!;
    expect(playerAudience.kind).toBe("player");

    const host = collector();
    const player = collector();
    const detachHost = attachLiveStream(hostAudience, host.send);
    const detachPlayer = attachLiveStream(playerAudience, player.send);
    await player.next(viewWith("LOBBY"));
    expect(((await host.next(viewWith("LOBBY"))) as { data: HostView }).data.playerCount).toBe(1);

    signInAs(teacher);
    await runHostCommand(gameId, "start");
    const question = ((await player.next(viewWith("QUESTION"))) as { data: PlayerView }).data;
    expect(JSON.stringify(player.messages)).not.toMatch(/SECRET|correctChoiceIds|isCorrect/);
    const moscow = question.round!.choices.find((choice) => choice.text === "Moscow")!;

    signInAs(ana);
    await submitLiveAnswer(gameId, question.round!.id, { choiceId: moscow.id }, noIdentity);
    const progress = await host.next((message) => message.event === "progress");
    expect(progress.data).toEqual({ roundId: question.round!.id, answered: 1 });
    // Ana was the only player: her answer closed the question, and now the key arrives.
    const reveal = ((await player.next(viewWith("REVEAL"))) as { data: PlayerView }).data;
    expect(reveal.result).toMatchObject({ isCorrect: true, key: { explanation: "SECRET-EXPLANATION-ONE" } });
    detachHost();
    detachPlayer();
  });
});

// Only the PostgreSQL project has NOTIFY between connections (the embedded database runs in one process).
if (process.env.QUIZWIRE_TEST_DATABASE === "postgres")
  describe("on PostgreSQL", () => {
    it("signals every listening connection by NOTIFY, as a second app instance would hear it", async () => {
      const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await listener.connect();
      await listener.query("LISTEN quizwire_live");
      const heard: unknown[] = [];
      listener.on("notification", (message) => heard.push(JSON.parse(message.payload!)));
      const gameId = await lobby();
      signInAs(teacher);
      await runHostCommand(gameId, "start");
      await expect.poll(() => heard).toContainEqual({ kind: "state", gameId });
      await listener.end();
    });
  });
