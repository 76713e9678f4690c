import { describe, expect, it } from "vitest";
import {
  answerWindow,
  displayPoints,
  LATE_GRACE_MS,
  normalizeNickname,
  planCommand,
  remainingMs,
  type GameState,
  type HostCommand,
} from "@/lib/live/rules";
import { pointsFor } from "@/lib/scoring/scoring";

const state = (overrides: Partial<GameState> = {}): GameState => ({
  status: "LOBBY",
  paused: false,
  roundsOpened: 0,
  questionCount: 3,
  ...overrides,
});

const effect = (game: GameState, command: HostCommand, remaining = 0) => {
  const plan = planCommand(game, command, remaining);
  return plan.ok ? plan.effect : plan.error;
};

describe("host commands by state", () => {
  it("starts from the lobby with the first question, and only there", () => {
    expect(effect(state(), "start")).toEqual({ kind: "openRound", position: 0 });
    expect(effect(state({ questionCount: 0 }), "start")).toBe("This set has no questions to play.");
    expect(effect(state({ status: "REVEAL", roundsOpened: 1 }), "start")).toBe("The game has already started.");
  });

  it("goes on from the answers to the next question, and after the last to the end", () => {
    expect(effect(state({ status: "REVEAL", roundsOpened: 1 }), "next")).toEqual({ kind: "openRound", position: 1 });
    expect(effect(state({ status: "REVEAL", roundsOpened: 3 }), "next")).toEqual({ kind: "finish" });
    expect(effect(state(), "next")).toBe("Start the game first.");
    expect(effect(state({ status: "QUESTION", roundsOpened: 1 }), "next")).toMatch(/still open/);
  });

  it("skips, pauses and resumes only an open question; time up only once the clock has run out", () => {
    const open = state({ status: "QUESTION", roundsOpened: 1 });
    expect(effect(open, "skip")).toEqual({ kind: "closeRound", skipped: true });
    expect(effect(open, "pause")).toEqual({ kind: "pause" });
    expect(effect({ ...open, paused: true }, "pause")).toBe("The game is already paused.");
    expect(effect({ ...open, paused: true }, "resume")).toEqual({ kind: "resume" });
    expect(effect(open, "resume")).toBe("The game is not paused.");
    expect(effect(open, "timeUp", 1200)).toBe("The question is still open.");
    expect(effect(open, "timeUp", 0)).toEqual({ kind: "closeRound", skipped: false });
    expect(effect({ ...open, paused: true }, "timeUp", 0)).toBe("The game is paused.");
    expect(effect(state({ status: "REVEAL", roundsOpened: 1 }), "skip")).toBe("There is no open question to skip.");
  });

  it("ends from any stage of play; closes only an ended game; nothing after closing", () => {
    for (const status of ["LOBBY", "QUESTION", "REVEAL"] as const)
      expect(effect(state({ status }), "end")).toEqual({ kind: "finish" });
    expect(effect(state({ status: "FINISHED" }), "end")).toBe("This game has ended.");
    expect(effect(state({ status: "FINISHED" }), "close")).toEqual({ kind: "close" });
    expect(effect(state({ status: "REVEAL" }), "close")).toBe("End the game before closing it.");
    expect(effect(state({ status: "CLOSED" }), "start")).toBe("This game is closed.");
  });
});

describe("the round's clock (server time)", () => {
  const openedAt = new Date("2026-01-01T10:00:00Z");
  const round = { openedAt, durationMs: 20_000, pausedMs: 0, closedAt: null };
  const at = (ms: number) => new Date(openedAt.getTime() + ms);

  it("counts down from the opening and stands still while paused", () => {
    expect(remainingMs(round, null, at(5_000))).toBe(15_000);
    expect(remainingMs(round, at(5_000), at(9_000))).toBe(15_000);
    expect(remainingMs({ ...round, pausedMs: 4_000 }, null, at(9_000))).toBe(15_000);
    expect(remainingMs(round, null, at(25_000))).toBe(0);
  });

  it("times answers from the opening, pauses excluded; refuses late and paused answers in words", () => {
    expect(answerWindow({ ...round, pausedMs: 3_000 }, null, at(8_000))).toEqual({ ok: true, elapsedMs: 5_000 });
    expect(answerWindow(round, null, at(20_000 + LATE_GRACE_MS))).toEqual({ ok: true, elapsedMs: 20_000 });
    expect(answerWindow(round, null, at(20_000 + LATE_GRACE_MS + 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Too late/),
    });
    expect(answerWindow({ ...round, closedAt: at(3_000) }, null, at(4_000))).toMatchObject({ ok: false });
    expect(answerWindow(round, at(2_000), at(3_000))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/paused/),
    });
  });
});

describe("points and nicknames", () => {
  it("gives the speed bonus over the question's own time", () => {
    const right = { isCorrect: true };
    expect(pointsFor(right, { speedBonus: true, elapsedMs: 0, windowMs: 10_000 })).toBe(1.5);
    expect(pointsFor(right, { speedBonus: true, elapsedMs: 5_000, windowMs: 10_000 })).toBe(1.25);
    expect(pointsFor(right, { speedBonus: true, elapsedMs: 10_000, windowMs: 10_000 })).toBe(1);
    expect(displayPoints(1.25)).toBe(1250);
  });

  it("tidies nicknames and folds case for the uniqueness check", () => {
    expect(normalizeNickname("  Zora   Quill ")).toEqual({ name: "Zora Quill", key: "zora quill" });
  });
});
