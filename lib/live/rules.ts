/**
 * The rules of a live game, as pure functions: which host command is allowed in which state, how a
 * round's clock runs (pauses stop it), and whether an answer is in time. The data-access layer applies
 * them to the state it reads from the database; nothing here keeps state.
 */

export const SECONDS_PER_QUESTION = { min: 10, max: 120, default: 20 } as const;
/** An answer pressed as the clock ran out is still in flight: this much after the end still counts. */
export const LATE_GRACE_MS = 500;
export const MAX_PLAYERS = 500;
export const NICKNAME_LENGTH = { min: 2, max: 20 } as const;

export type LiveStatus = "LOBBY" | "QUESTION" | "REVEAL" | "FINISHED" | "CLOSED";
export type HostCommand = "start" | "next" | "skip" | "pause" | "resume" | "timeUp" | "end" | "close";

export const HOST_COMMANDS: readonly HostCommand[] = [
  "start",
  "next",
  "skip",
  "pause",
  "resume",
  "timeUp",
  "end",
  "close",
];

export interface GameState {
  status: LiveStatus;
  paused: boolean;
  /** Rounds opened so far (the open one included). */
  roundsOpened: number;
  questionCount: number;
}

/** What the data-access layer must do for a command. */
export type Effect =
  | { kind: "openRound"; position: number }
  | { kind: "closeRound"; skipped: boolean }
  | { kind: "pause" }
  | { kind: "resume" }
  | { kind: "finish" }
  | { kind: "close" };

export type Plan = { ok: true; effect: Effect } | { ok: false; error: string };

const refuse = (error: string): Plan => ({ ok: false, error });

/** The effect of a host command in a state, or why it is not allowed there (in words for the host). */
export function planCommand(state: GameState, command: HostCommand, remainingMs = 0): Plan {
  const { status } = state;
  if (status === "CLOSED") return refuse("This game is closed.");
  if (status === "FINISHED" && command !== "close") return refuse("This game has ended.");
  switch (command) {
    case "start":
      if (status !== "LOBBY") return refuse("The game has already started.");
      if (state.questionCount === 0) return refuse("This set has no questions to play.");
      return { ok: true, effect: { kind: "openRound", position: 0 } };
    case "next":
      if (status === "LOBBY") return refuse("Start the game first.");
      if (status === "QUESTION") return refuse("The question is still open: skip it to show the answers now.");
      return state.roundsOpened < state.questionCount
        ? { ok: true, effect: { kind: "openRound", position: state.roundsOpened } }
        : { ok: true, effect: { kind: "finish" } };
    case "skip":
      if (status !== "QUESTION") return refuse("There is no open question to skip.");
      return { ok: true, effect: { kind: "closeRound", skipped: true } };
    case "timeUp":
      if (status !== "QUESTION") return refuse("There is no open question.");
      if (state.paused) return refuse("The game is paused.");
      if (remainingMs > 0) return refuse("The question is still open.");
      return { ok: true, effect: { kind: "closeRound", skipped: false } };
    case "pause":
      if (status !== "QUESTION") return refuse("Pause works while a question is open.");
      if (state.paused) return refuse("The game is already paused.");
      return { ok: true, effect: { kind: "pause" } };
    case "resume":
      if (!state.paused) return refuse("The game is not paused.");
      return { ok: true, effect: { kind: "resume" } };
    case "end":
      return { ok: true, effect: { kind: "finish" } };
    case "close":
      if (status !== "FINISHED") return refuse("End the game before closing it.");
      return { ok: true, effect: { kind: "close" } };
  }
}

export interface RoundClock {
  openedAt: Date;
  durationMs: number;
  /** Paused time already taken off the clock (earlier pauses of this round). */
  pausedMs: number;
}

/** Time the round's clock has run: since the server opened it, minus every pause (the current one too). */
export function runningMs(round: RoundClock, pausedAt: Date | null, now: Date): number {
  const current = pausedAt ? Math.max(0, now.getTime() - pausedAt.getTime()) : 0;
  return Math.max(0, now.getTime() - round.openedAt.getTime() - round.pausedMs - current);
}

export function remainingMs(round: RoundClock, pausedAt: Date | null, now: Date): number {
  return Math.max(0, round.durationMs - runningMs(round, pausedAt, now));
}

export type AnswerWindow = { ok: true; elapsedMs: number } | { ok: false; error: string };

/** Whether an answer received now counts, and its time from the round's opening (the server's clock). */
export function answerWindow(
  round: RoundClock & { closedAt: Date | null },
  pausedAt: Date | null,
  now: Date,
): AnswerWindow {
  if (pausedAt) return { ok: false, error: "The game is paused. Answer when your teacher resumes it." };
  const elapsedMs = runningMs(round, null, now);
  if (round.closedAt || elapsedMs > round.durationMs + LATE_GRACE_MS) {
    return { ok: false, error: "Too late: time was up for this question, so this answer does not count." };
  }
  return { ok: true, elapsedMs: Math.min(elapsedMs, round.durationMs) };
}

/** A nickname as shown (trimmed, inner spaces collapsed) and its key for the uniqueness check. */
export function normalizeNickname(raw: string): { name: string; key: string } {
  const name = raw.normalize("NFC").trim().replace(/\s+/g, " ");
  return { name, key: name.toLocaleLowerCase("en") };
}

/** Live screens count points in thousands (1,000 for a right answer, up to 500 more for speed). */
export function displayPoints(points: number): number {
  return Math.round(points * 1000);
}
