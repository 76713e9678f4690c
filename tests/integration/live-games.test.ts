import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeLiveChannel } from "@/lib/db/live-channel";
import { NotAuthorizedError, NotFoundError, UserError } from "@/lib/dal/errors";
import { createLiveGame, getHostView, removeLivePlayer, runHostCommand } from "@/lib/dal/live-games";
import { getOwnPlayerView, joinLiveGame, submitLiveAnswer } from "@/lib/dal/live-players";
import { getLearnerProgress } from "@/lib/dal/progress";
import { getReviewHistory } from "@/lib/dal/review-history";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";
import { makeLiveSet, type User } from "./live-fixtures";

let teacher: User;
let otherTeacher: User;
let ana: User;
let ben: User;

beforeAll(async () => {
  [teacher, otherTeacher, ana, ben] = await Promise.all([
    makeUser("TEACHER"),
    makeUser("TEACHER"),
    makeUser(),
    makeUser(),
  ]);
});

afterAll(async () => {
  await closeLiveChannel();
});

const noIdentity = { guestToken: null };

async function newGame(options: { allowGuests?: boolean; speedBonus?: boolean } = {}) {
  const set = await makeLiveSet(teacher.id);
  signInAs(teacher);
  const gameId = await createLiveGame({
    setId: set.id,
    secondsPerQuestion: 60,
    speedBonus: options.speedBonus ?? false,
    allowGuests: options.allowGuests ?? false,
  });
  const pin = (await getHostView(gameId)).pin!;
  return { set, gameId, pin };
}

async function join(user: User, pin: string) {
  signInAs(user);
  return joinLiveGame({ pin, clientIp: "127.0.0.1" }, noIdentity);
}

async function playerView(user: User, gameId: string) {
  signInAs(user);
  return (await getOwnPlayerView(gameId, noIdentity))!;
}

async function host(gameId: string, command: Parameters<typeof runHostCommand>[1]) {
  signInAs(teacher);
  await runHostCommand(gameId, command);
  return getHostView(gameId);
}

async function answer(user: User, gameId: string, roundId: string, given: { choiceId: string } | { text: string }) {
  signInAs(user);
  return submitLiveAnswer(gameId, roundId, given, noIdentity);
}

describe("hosting a live game", () => {
  it("makes a game with a 6-digit PIN from the teacher's own published set only", async () => {
    const { gameId, pin } = await newGame();
    expect(pin).toMatch(/^\d{6}$/);
    const view = await getHostView(gameId);
    expect(view).toMatchObject({ status: "LOBBY", questionCount: 3, playerCount: 0, allowGuests: false });

    const set = await makeLiveSet(teacher.id);
    signInAs(otherTeacher);
    await expect(
      createLiveGame({ setId: set.id, secondsPerQuestion: 20, speedBonus: true, allowGuests: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getHostView(gameId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(runHostCommand(gameId, "start")).rejects.toBeInstanceOf(NotFoundError);
    const draft = await makeLiveSet(teacher.id, { status: "DRAFT" });
    signInAs(teacher);
    await expect(
      createLiveGame({ setId: draft.id, secondsPerQuestion: 20, speedBonus: true, allowGuests: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    signInAs(ana);
    await expect(getHostView(gameId)).rejects.toThrow("Only teachers");
  });

  it("refuses commands out of turn, in words", async () => {
    const { gameId } = await newGame();
    signInAs(teacher);
    await expect(runHostCommand(gameId, "next")).rejects.toThrow("Start the game first.");
    await expect(runHostCommand(gameId, "skip")).rejects.toThrow("no open question");
    await host(gameId, "start");
    await expect(runHostCommand(gameId, "start")).rejects.toThrow("already started");
    await expect(runHostCommand(gameId, "timeUp")).rejects.toThrow("still open");
    await expect(runHostCommand(gameId, "next")).rejects.toThrow("still open");
  });
});

describe("joining", () => {
  it("lets signed-in people join by PIN under their name, once; wrong PINs and guests are refused", async () => {
    const { gameId, pin } = await newGame();
    expect(await join(ana, pin)).toEqual({ gameId, guestToken: null });
    expect(await join(ana, pin)).toEqual({ gameId, guestToken: null });
    const wrong = pin === "999999" ? "999998" : "999999";
    await expect(join(ben, wrong)).rejects.toThrow("No game is open with that PIN");
    signInAs(null);
    await expect(joinLiveGame({ pin, nickname: "Guesty", clientIp: "127.0.0.1" }, noIdentity)).rejects.toBeInstanceOf(
      NotAuthorizedError,
    );
    signInAs(teacher);
    await expect(joinLiveGame({ pin, clientIp: "127.0.0.1" }, noIdentity)).rejects.toThrow("You are hosting");
    const view = await getHostView(gameId);
    expect(view.players.map((player) => player.name)).toEqual([ana.name]);
  });

  it("lets the host remove a player, who then cannot answer or come back", async () => {
    const { gameId, pin } = await newGame();
    await join(ana, pin);
    await join(ben, pin);
    signInAs(teacher);
    const benId = (await getHostView(gameId)).players.find((player) => player.name === ben.name)!.id;
    await removeLivePlayer(gameId, benId);
    expect((await getHostView(gameId)).players.map((player) => player.name)).toEqual([ana.name]);
    expect((await playerView(ben, gameId)).you.removed).toBe(true);
    await expect(join(ben, pin)).rejects.toThrow("removed you");
    const view = await host(gameId, "start");
    await expect(answer(ben, gameId, view.round!.id, { choiceId: view.round!.choices[0]!.id })).rejects.toThrow(
      "removed you",
    );
  });
});

describe("playing", () => {
  it("plays a whole game: no key before a question closes, one answer each, scores, and history afterwards", async () => {
    const { set, gameId, pin } = await newGame();
    await join(ana, pin);
    await join(ben, pin);
    let hosted = await host(gameId, "start");
    const round1 = hosted.round!;
    expect(round1).toMatchObject({ number: 1, prompt: "Which city is the capital?", answered: 0, closed: false });
    const moscow = round1.choices.find((choice) => choice.text === "Moscow")!;
    const kyiv = round1.choices.find((choice) => choice.text === "Kyiv")!;

    // While the question is open, nothing a player is sent tells the answer.
    const open = JSON.stringify(await playerView(ana, gameId));
    expect(open).not.toMatch(/SECRET|isCorrect|correctChoiceIds|correctAnswers/);
    expect(JSON.stringify(hosted)).not.toMatch(/SECRET|correctChoiceIds/);

    expect(await answer(ana, gameId, round1.id, { choiceId: moscow.id })).toMatchObject({ duplicate: false });
    // A second answer from the same player changes nothing: the first stands.
    expect(await answer(ana, gameId, round1.id, { choiceId: kyiv.id })).toMatchObject({
      duplicate: true,
      choiceId: moscow.id,
    });
    await expect(answer(ana, gameId, round1.id, { choiceId: "not-a-choice" })).rejects.toThrow("Choose one");
    expect((await playerView(ana, gameId)).round!.yourAnswer).toEqual({ choiceId: moscow.id, text: null });
    expect(JSON.stringify(await playerView(ana, gameId))).not.toMatch(/SECRET|isCorrect/);

    // The last player in closes the question; everyone sees why.
    await answer(ben, gameId, round1.id, { choiceId: kyiv.id });
    hosted = await hostViewAsTeacher(gameId);
    expect(hosted.status).toBe("REVEAL");
    expect(hosted.reveal!.key.correctChoiceIds).toEqual([moscow.id]);
    expect(hosted.reveal!.key.explanation).toBe("SECRET-EXPLANATION-ONE");
    expect(hosted.reveal!.distribution.find((bar) => bar.choiceId === moscow.id)).toMatchObject({
      count: 1,
      correct: true,
    });
    expect(hosted.reveal!.distribution.find((bar) => bar.choiceId === kyiv.id)).toMatchObject({ count: 1 });
    expect(hosted.standings.map((row) => [row.name, row.score, row.rank])).toEqual([
      [ana.name, 1000, 1],
      [ben.name, 0, 2],
    ]);
    const anaResult = await playerView(ana, gameId);
    expect(anaResult.result).toMatchObject({ answered: true, isCorrect: true, points: 1000 });
    expect(anaResult.you).toMatchObject({ score: 1000, rank: 1 });
    expect((await playerView(ben, gameId)).result).toMatchObject({ isCorrect: false, points: 0 });
    await expect(answer(ben, gameId, round1.id, { choiceId: moscow.id })).rejects.toThrow("Too late");

    // Round 2 (typed): pause stops answers, a late answer is refused, skip shows the answers.
    hosted = await host(gameId, "next");
    const round2 = hosted.round!;
    expect(round2.type).toBe("FILL_IN");
    await host(gameId, "pause");
    await expect(answer(ana, gameId, round2.id, { text: "the U.S." })).rejects.toThrow("paused");
    await host(gameId, "resume");
    await answer(ana, gameId, round2.id, { text: "the U.S." });
    await db().liveRound.update({ where: { id: round2.id }, data: { openedAt: new Date(Date.now() - 65_000) } });
    await expect(answer(ben, gameId, round2.id, { text: "Canada" })).rejects.toThrow("Too late");
    hosted = await host(gameId, "timeUp");
    expect(hosted.reveal!.key.correctAnswers).toEqual(["United States"]);
    expect(hosted.reveal!.distribution.map((bar) => [bar.label, bar.count])).toEqual([
      ["Right", 1],
      ["Wrong", 0],
    ]);
    expect(hosted.reveal!.unanswered).toBe(1);
    expect((await playerView(ana, gameId)).result).toMatchObject({ matchedAnswer: "United States" });

    // Round 3 is skipped by the host before anyone answers; then the game ends.
    hosted = await host(gameId, "next");
    hosted = await host(gameId, "skip");
    expect(hosted.status).toBe("REVEAL");
    hosted = await host(gameId, "next");
    expect(hosted.status).toBe("FINISHED");
    expect(hosted.standings.map((row) => row.name)).toEqual([ana.name, ben.name]);
    const final = await playerView(ana, gameId);
    expect(final.podium[0]).toMatchObject({ name: ana.name, rank: 1 });
    expect(final.attemptId).toBeTruthy();

    // The game is an ordinary finished attempt for each signed-in player: history, review and cards.
    signInAs(ana);
    const progress = await getLearnerProgress();
    expect(progress.taken).toEqual([
      expect.objectContaining({ setId: set.id, lastPercent: 67, lastAttemptId: final.attemptId }),
    ]);
    signInAs(ben);
    const review = await getReviewHistory({ show: "missed" });
    expect(review.items.map((item) => [item.prompt, item.yourAnswer])).toEqual([
      ["Which city is the capital?", "Kyiv"],
    ]);
    expect(await db().reviewCard.count({ where: { userId: ben.id } })).toBe(1);
    await expect(host(gameId, "next")).rejects.toThrow("has ended");
  });

  it("adds the speed bonus over the question's own time, counted from the server's opening", async () => {
    const { gameId, pin } = await newGame({ speedBonus: true });
    await join(ana, pin);
    const round = (await host(gameId, "start")).round!;
    await db().liveRound.update({ where: { id: round.id }, data: { openedAt: new Date(Date.now() - 30_000) } });
    const moscow = round.choices.find((choice) => choice.text === "Moscow")!;
    await answer(ana, gameId, round.id, { choiceId: moscow.id });
    const stored = await db().liveAnswer.findFirstOrThrow({ where: { roundId: round.id } });
    // 30 s into a 60 s question: half the bonus, from the server's clock (not the phone's).
    expect(stored.elapsedMs).toBeGreaterThanOrEqual(30_000);
    expect(stored.elapsedMs).toBeLessThan(35_000);
    expect(stored.points).toBeGreaterThan(1.2);
    expect(stored.points).toBeLessThanOrEqual(1.25);
  });
});

async function hostViewAsTeacher(gameId: string) {
  signInAs(teacher);
  return getHostView(gameId);
}

describe("guests", () => {
  it("are off unless the host allows them; when on, nothing about a guest outlives the game", async () => {
    const { gameId, pin } = await newGame({ allowGuests: true });
    signInAs(null);
    await expect(joinLiveGame({ pin, clientIp: "10.0.0.1" }, noIdentity)).rejects.toThrow("Pick a nickname");
    const guest = await joinLiveGame({ pin, nickname: "  Zora   Quill ", clientIp: "10.0.0.1" }, noIdentity);
    expect(guest.guestToken).toMatch(/^[\w-]{43}$/);
    await expect(joinLiveGame({ pin, nickname: "zora quill", clientIp: "10.0.0.2" }, noIdentity)).rejects.toThrow(
      "already uses that nickname",
    );
    // The same guest coming back (phone reloaded) is the same player, not a new one.
    expect(await joinLiveGame({ pin, clientIp: "10.0.0.1" }, { guestToken: guest.guestToken })).toEqual({
      gameId,
      guestToken: null,
    });
    await join(ana, pin);
    const round = (await host(gameId, "start")).round!;
    signInAs(null);
    const view = (await getOwnPlayerView(gameId, { guestToken: guest.guestToken }))!;
    expect(view.you).toMatchObject({ name: "Zora Quill", guest: true });
    await expect(
      submitLiveAnswer(gameId, round.id, { choiceId: round.choices[0]!.id }, { guestToken: "forged" }),
    ).rejects.toBeInstanceOf(NotAuthorizedError);
    await submitLiveAnswer(gameId, round.id, { choiceId: round.choices[0]!.id }, { guestToken: guest.guestToken });
    await answer(ana, gameId, round.id, { choiceId: round.choices[1]!.id });
    const guestRow = await db().livePlayer.findFirstOrThrow({ where: { gameId, userId: null } });

    await host(gameId, "end");
    expect((await hostViewAsTeacher(gameId)).standings.map((row) => row.name)).toContain("Zora Quill");
    await host(gameId, "close");

    // Every row of every table, as text: neither the nickname, the token's hash nor the player's id is left.
    const tables = await db().$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
    for (const { tablename } of tables) {
      const rows = await db().$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${tablename}" t`);
      for (const { row } of rows) {
        expect(row.toLowerCase(), tablename).not.toContain("zora");
        expect(row, tablename).not.toContain(guestRow.tokenHash!);
        expect(row, tablename).not.toContain(guestRow.id);
      }
    }
    signInAs(null);
    expect(await getOwnPlayerView(gameId, { guestToken: guest.guestToken })).toBeNull();
    // Signed-in players keep their game; the PIN is free again.
    expect((await playerView(ana, gameId)).attemptId).toBeTruthy();
    expect((await db().liveGame.findUniqueOrThrow({ where: { id: gameId } })).pin).toBeNull();
  });
});

describe("answers are checked", () => {
  it("refuses a stranger's answer and a player answering a round of another game", async () => {
    const first = await newGame();
    const second = await newGame();
    await join(ana, first.pin);
    await join(ana, second.pin);
    const round = (await host(first.gameId, "start")).round!;
    await expect(answer(ben, first.gameId, round.id, { choiceId: round.choices[0]!.id })).rejects.toBeInstanceOf(
      NotAuthorizedError,
    );
    await expect(answer(ana, second.gameId, round.id, { choiceId: round.choices[0]!.id })).rejects.toBeInstanceOf(
      UserError,
    );
  });
});
