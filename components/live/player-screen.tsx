"use client";

import Link from "next/link";
import { useCallback, useEffect, useState, useTransition } from "react";
import { answerLiveAction } from "@/lib/actions/live";
import type { PlayerView } from "@/lib/live/views";
import { Countdown } from "./countdown";
import { ChoiceButtons, FinalPanel, ResultPanel } from "./player-panels";
import { useLiveStream, useRemaining } from "./use-live-stream";

type Sent = { roundId: string; choiceId: string | null; text: string | null };

/**
 * A player's phone: big choice buttons while a question is open (tap, or 1–6 on a keyboard), then
 * right or wrong, points, place and the explanation, and the final standing. Right or wrong arrives
 * only when the question closes for everyone.
 */
export function PlayerScreen({ initial }: { initial: PlayerView }) {
  const { view, deadline, connection, goneReason } = useLiveStream(initial);
  const [sent, setSent] = useState<Sent | null>(null);
  // Kept per question, so a new question starts with no error and an empty box.
  const [errorOf, setErrorOf] = useState<{ roundId: string; message: string } | null>(null);
  const [typedOf, setTypedOf] = useState<{ roundId: string; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const round = view.round;
  const running = view.status === "QUESTION" && !view.paused && Boolean(round) && !round?.closed;
  const ticking = useRemaining(deadline, running);
  const remaining = view.paused ? (round?.remainingMs ?? 0) : ticking;
  const mine = round?.yourAnswer ?? (round && sent?.roundId === round.id ? sent : null);
  const canAnswer = running && !mine && remaining > 0 && !pending;
  const error = round && errorOf?.roundId === round.id ? errorOf.message : null;
  const typed = round && typedOf?.roundId === round.id ? typedOf.text : "";
  const setError = (message: string | null) => setErrorOf(message && round ? { roundId: round.id, message } : null);

  const answer = useCallback(
    (given: { choiceId: string } | { text: string }) => {
      if (!round || !canAnswer) return;
      const optimistic: Sent = {
        roundId: round.id,
        choiceId: "choiceId" in given ? given.choiceId : null,
        text: "text" in given ? given.text : null,
      };
      setSent(optimistic);
      startTransition(async () => {
        const result = await answerLiveAction(undefined, { gameId: view.gameId, roundId: round.id, ...given });
        if (result.ok) {
          setSent({ roundId: result.data.roundId, choiceId: result.data.choiceId, text: result.data.text });
          setErrorOf(null);
        } else {
          setSent(null);
          setErrorOf({ roundId: round.id, message: result.fieldErrors?.answer ?? result.error });
        }
      });
    },
    [canAnswer, round, view.gameId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!round || !canAnswer || round.choices.length === 0 || event.target instanceof HTMLInputElement) return;
      const position = Number(event.key) - 1;
      if (Number.isInteger(position) && position >= 0 && position < round.choices.length)
        answer({ choiceId: round.choices[position]!.id });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answer, canAnswer, round]);

  const status = announcement(view, Boolean(mine), remaining);

  return (
    <div className="fixed inset-0 z-40 flex flex-col overflow-y-auto bg-slate-100 text-slate-950">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-base font-bold">{view.title}</h1>
          <p className="truncate text-sm text-slate-700" data-testid="player-name">
            {view.you.name} · {view.you.score.toLocaleString("en")} points
          </p>
        </div>
        {round && view.status === "QUESTION" && (
          <Countdown remainingMs={remaining} durationMs={round.durationMs} paused={view.paused} size="small" />
        )}
      </header>
      <p role="status" className="sr-only" data-testid="player-status">
        {status}
      </p>
      {connection === "reconnecting" && (
        <p className="bg-amber-100 px-4 py-1 text-center text-sm text-amber-950">Reconnecting…</p>
      )}

      <div className="mx-auto flex w-full max-w-2xl flex-1 flex-col gap-4 px-4 py-5">
        {goneReason || connection === "gone" ? (
          <Message title={goneReason ?? "This game is over."} body="Thanks for playing!" />
        ) : view.you.removed ? (
          <Message
            title="The host has removed you from this game."
            body="Ask your teacher if you think this is a mistake."
          />
        ) : view.status === "LOBBY" ? (
          <Message
            title={`You're in, ${view.you.name}!`}
            body={`Waiting for the host to start · ${view.playerCount} ${view.playerCount === 1 ? "player" : "players"}`}
            testId="lobby-message"
          />
        ) : view.status === "QUESTION" && round ? (
          <>
            <p className="text-sm font-semibold text-slate-700" data-testid="player-question-number">
              Question {round.number} of {view.questionCount}
            </p>
            <h2 className="text-xl font-bold leading-snug">{round.prompt}</h2>
            {view.paused && (
              <p
                className="rounded-xl bg-amber-100 p-3 text-center text-lg font-bold text-amber-950"
                data-testid="paused"
              >
                <span aria-hidden="true">⏸ </span>Paused by the host
              </p>
            )}
            {round.choices.length > 0 ? (
              <ChoiceButtons
                choices={round.choices}
                chosen={mine?.choiceId ?? null}
                disabled={!canAnswer}
                onChoose={(choiceId) => answer({ choiceId })}
              />
            ) : (
              <form
                className="space-y-3"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (typed.trim()) answer({ text: typed });
                  else setError("Type an answer first.");
                }}
              >
                <label htmlFor="live-typed" className="block text-lg font-medium">
                  Your answer
                </label>
                <input
                  id="live-typed"
                  value={mine?.text ?? typed}
                  onChange={(event) => round && setTypedOf({ roundId: round.id, text: event.target.value })}
                  disabled={!canAnswer}
                  autoComplete="off"
                  maxLength={200}
                  className="block w-full rounded-xl border border-slate-400 bg-white px-4 py-3 text-xl disabled:bg-slate-50"
                />
                <button
                  type="submit"
                  disabled={!canAnswer}
                  className="w-full rounded-xl bg-brand-600 px-4 py-3 text-xl font-semibold text-white disabled:opacity-60"
                >
                  Send answer
                </button>
              </form>
            )}
            {error && (
              <p role="alert" className="text-base text-rose-800" data-testid="live-answer-error">
                <span aria-hidden="true">⚠ </span>
                {error}
              </p>
            )}
            {mine ? (
              <p
                className="rounded-xl bg-white p-3 text-center text-lg font-semibold shadow-sm"
                data-testid="answer-in"
              >
                <span aria-hidden="true">✓ </span>Your answer is in. Waiting for the others…
              </p>
            ) : (
              remaining === 0 &&
              !view.paused && (
                <p className="rounded-xl bg-white p-3 text-center text-lg font-semibold">Time&apos;s up!</p>
              )
            )}
          </>
        ) : view.status === "REVEAL" && view.result ? (
          <ResultPanel view={view} />
        ) : view.status === "FINISHED" || view.status === "CLOSED" ? (
          <FinalPanel view={view} />
        ) : (
          <Message title="Waiting for the host…" body="" />
        )}
      </div>
    </div>
  );
}

function announcement(view: PlayerView, answered: boolean, remaining: number): string {
  if (view.you.removed) return "You have been removed from this game.";
  if (view.status === "LOBBY") return "You are in the game. Waiting for the host to start.";
  if (view.status === "QUESTION" && view.round) {
    if (view.paused) return "Paused by the host.";
    if (answered) return "Your answer is in.";
    if (remaining === 0) return "Time is up.";
    return `Question ${view.round.number} of ${view.questionCount}.`;
  }
  if (view.status === "REVEAL" && view.result) {
    const { result } = view;
    return !result.answered ? "No answer." : result.isCorrect ? `Correct, ${result.points} points.` : "Not quite.";
  }
  if (view.status === "FINISHED" || view.status === "CLOSED") return "Game over.";
  return "";
}

function Message({ title, body, testId }: { title: string; body: string; testId?: string }) {
  return (
    <div className="my-auto space-y-3 text-center" data-testid={testId}>
      <p className="text-3xl font-bold">{title}</p>
      {body && <p className="text-lg text-slate-700">{body}</p>}
      <p>
        <Link href="/live" className="text-sm text-brand-700 underline">
          Join another game
        </Link>
      </p>
    </div>
  );
}
