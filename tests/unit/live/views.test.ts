import { describe, expect, it } from "vitest";
import { answerDistribution, rankPlayers } from "@/lib/live/standings";
import { hostView, playerView, type LiveSnapshot } from "@/lib/live/views";

const now = new Date("2026-01-01T10:00:05Z");

function snapshot(overrides: Partial<LiveSnapshot> = {}): LiveSnapshot {
  return {
    gameId: "g1",
    pin: "123456",
    title: "Quiz",
    status: "QUESTION",
    pausedAt: null,
    version: 3,
    secondsPerQuestion: 20,
    speedBonus: true,
    allowGuests: false,
    questionCount: 2,
    now,
    players: [
      { id: "p1", name: "Ana", guest: false, userId: "u1", removed: false },
      { id: "p2", name: "Ben", guest: true, userId: null, removed: false },
      { id: "p3", name: "Cy", guest: false, userId: "u3", removed: true },
    ],
    round: {
      id: "r2",
      position: 1,
      type: "MULTIPLE_CHOICE",
      prompt: "Which city?",
      choices: [
        { id: "c1", text: "Kyiv" },
        { id: "c2", text: "Moscow" },
      ],
      openedAt: new Date("2026-01-01T10:00:00Z"),
      durationMs: 20_000,
      pausedMs: 0,
      closedAt: null,
      skipped: false,
      answers: [{ playerId: "p1", choiceId: "c2", text: null }],
      reveal: null,
    },
    scored: [
      { playerId: "p1", points: 1.5, correct: 1 },
      { playerId: "p2", points: 1, correct: 1 },
      { playerId: "p3", points: 9, correct: 1 },
    ],
    attempts: {},
    ...overrides,
  };
}

const closed = (base: LiveSnapshot): LiveSnapshot => ({
  ...base,
  status: "REVEAL",
  round: {
    ...base.round!,
    closedAt: new Date("2026-01-01T10:00:04Z"),
    answers: [
      { playerId: "p1", choiceId: "c2", text: null },
      { playerId: "p2", choiceId: "c1", text: null },
    ],
    reveal: {
      key: {
        correctChoiceIds: ["c2"],
        correctAnswers: ["Moscow"],
        explanation: "WHY",
        evidence: "SOURCE",
        withheld: false,
      },
      results: [
        { playerId: "p1", isCorrect: true, points: 1.4, matchedAnswer: null },
        { playerId: "p2", isCorrect: false, points: 0, matchedAnswer: null },
      ],
    },
  },
  scored: [
    { playerId: "p1", points: 2.9, correct: 2 },
    { playerId: "p2", points: 1, correct: 1 },
  ],
});

describe("views while a question is open", () => {
  it("give nobody the key, and players only their own answer", () => {
    const open = snapshot();
    const ana = playerView(open, "p1")!;
    expect(ana.round).toMatchObject({ number: 2, remainingMs: 15_000, yourAnswer: { choiceId: "c2", text: null } });
    expect(ana.result).toBeNull();
    expect(JSON.stringify(ana)).not.toMatch(/correct|WHY|SOURCE/i);
    expect(playerView(open, "p2")!.round!.yourAnswer).toBeNull();
    const host = hostView(open);
    expect(host.round!.answered).toBe(1);
    expect(host.reveal).toBeNull();
    expect(host.standings).toEqual([]);
  });

  it("leave removed players out of the count and the standings, and tell them", () => {
    expect(hostView(snapshot()).playerCount).toBe(2);
    expect(hostView(snapshot()).players.map((player) => player.name)).toEqual(["Ana", "Ben"]);
    expect(playerView(snapshot(), "p3")!.you).toMatchObject({ removed: true, rank: null });
    expect(playerView(snapshot(), "nobody")).toBeNull();
  });
});

describe("views once the question has closed", () => {
  it("show the key, the distribution, each player's result and the top five", () => {
    const reveal = closed(snapshot());
    const host = hostView(reveal);
    expect(host.reveal!.distribution).toEqual([
      { choiceId: "c1", label: "Kyiv", count: 1, correct: false },
      { choiceId: "c2", label: "Moscow", count: 1, correct: true },
    ]);
    expect(host.standings.map((row) => [row.name, row.score, row.rank])).toEqual([
      ["Ana", 2900, 1],
      ["Ben", 1000, 2],
    ]);
    expect(playerView(reveal, "p1")!.result).toMatchObject({ answered: true, isCorrect: true, points: 1400 });
    expect(playerView(reveal, "p2")!.you).toMatchObject({ score: 1000, rank: 2 });
  });

  it("end with everyone's standing for the host, the podium and results link for players", () => {
    const finished = { ...closed(snapshot()), status: "FINISHED" as const, attempts: { u1: "a1" } };
    expect(hostView(finished).reveal).toBeNull();
    expect(hostView(finished).standings).toHaveLength(2);
    expect(playerView(finished, "p1")).toMatchObject({ attemptId: "a1", podium: [{ name: "Ana" }, { name: "Ben" }] });
    expect(playerView(finished, "p2")!.attemptId).toBeNull();
  });
});

describe("standings and distribution", () => {
  it("ranks ties equally and skips the next rank", () => {
    const players = ["A", "B", "C", "D"].map((name) => ({ id: name, name, guest: false }));
    const ranked = rankPlayers(players, [
      { playerId: "A", points: 0.1, correct: 0 },
      { playerId: "A", points: 0.2, correct: 1 },
      { playerId: "B", points: 0.3, correct: 1 },
      { playerId: "C", points: 1, correct: 1 },
    ]);
    expect(ranked.map((row) => [row.name, row.rank])).toEqual([
      ["C", 1],
      ["A", 2],
      ["B", 2],
      ["D", 4],
    ]);
  });

  it("gives a typed question right and wrong bars", () => {
    expect(
      answerDistribution(
        [],
        [],
        [
          { choiceId: null, isCorrect: true },
          { choiceId: null, isCorrect: false },
        ],
      ),
    ).toEqual([
      { choiceId: null, label: "Right", count: 1, correct: true },
      { choiceId: null, label: "Wrong", count: 1, correct: false },
    ]);
  });
});
