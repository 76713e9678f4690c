"use client";

import Link from "next/link";
import type { PlayerView } from "@/lib/live/views";
import { ChoiceShape, choiceStyle } from "./choice-style";
import { Explanation } from "./host-stages";
import { formatPoints as points, ordinal } from "./format";

/** The phone's screens after answering: how it went, and the end of the game. */

export function ChoiceButtons({
  choices,
  chosen,
  disabled,
  onChoose,
}: {
  choices: { id: string; text: string }[];
  chosen: string | null;
  disabled: boolean;
  onChoose: (choiceId: string) => void;
}) {
  return (
    <ul className="grid flex-1 auto-rows-fr gap-3 sm:grid-cols-2" aria-label="Choices">
      {choices.map((choice, position) => {
        const style = choiceStyle(position);
        const dimmed = chosen !== null && chosen !== choice.id;
        return (
          <li key={choice.id} className="flex">
            <button
              type="button"
              onClick={() => onChoose(choice.id)}
              disabled={disabled}
              aria-pressed={chosen === choice.id}
              aria-keyshortcuts={String(position + 1)}
              className={`flex min-h-20 w-full items-center gap-4 rounded-2xl px-5 py-4 text-left text-xl font-semibold shadow-sm transition disabled:cursor-default ${style.tile} ${
                dimmed ? "opacity-40" : ""
              } ${chosen === choice.id ? "ring-4 ring-slate-950 ring-offset-2" : ""}`}
            >
              <ChoiceShape position={position} className="size-9" />
              <span className="sr-only">{style.name}: </span>
              <span className="min-w-0 flex-1 break-words">{choice.text}</span>
              {chosen === choice.id && <span className="text-base font-bold">Your answer</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function ResultPanel({ view }: { view: PlayerView }) {
  const result = view.result!;
  const round = view.round!;
  const chosen = round.choices.findIndex((choice) => choice.id === round.yourAnswer?.choiceId);
  return (
    <div className="space-y-5" data-testid="live-result">
      <div
        className={`rounded-2xl p-5 text-center ${
          !result.answered
            ? "bg-slate-200 text-slate-900"
            : result.isCorrect
              ? "bg-emerald-700 text-white"
              : "bg-rose-700 text-white"
        }`}
      >
        <p className="text-3xl font-bold">
          {!result.answered ? (
            <>
              <span aria-hidden="true">– </span>No answer
            </>
          ) : result.isCorrect ? (
            <>
              <span aria-hidden="true">✓ </span>Correct
            </>
          ) : (
            <>
              <span aria-hidden="true">✗ </span>Not quite
            </>
          )}
        </p>
        <p className="mt-1 text-xl font-semibold">+{points(result.points)} points</p>
      </div>
      <p className="text-center text-lg" data-testid="your-rank">
        {view.you.rank ? (
          <>
            You are <strong>{ordinal(view.you.rank)}</strong> of {view.playerCount} with{" "}
            <strong>{points(view.you.score)}</strong> points
          </>
        ) : (
          "Your place shows after your first answer."
        )}
      </p>
      {result.answered && chosen >= 0 && !result.isCorrect && (
        <p className="flex items-center gap-2 text-base text-slate-800">
          Your answer: <ChoiceShape position={chosen} className="size-5" /> {round.choices[chosen]!.text}
        </p>
      )}
      <p className="text-lg font-semibold text-emerald-900">
        <span aria-hidden="true">✓ </span>Right answer: {result.key.correctAnswers.join(" / ")}
        {result.matchedAnswer && <span className="font-normal"> (accepted as “{result.matchedAnswer}”)</span>}
      </p>
      <Explanation keyed={result.key} large={false} />
      <p className="text-center text-slate-700">Waiting for the next question…</p>
    </div>
  );
}

export function FinalPanel({ view }: { view: PlayerView }) {
  return (
    <div className="space-y-6 text-center" data-testid="live-final">
      <h2 className="text-3xl font-bold">Game over</h2>
      {view.you.rank && (
        <p className="text-2xl">
          You finished <strong>{ordinal(view.you.rank)}</strong> of {view.playerCount} with{" "}
          <strong>{points(view.you.score)}</strong> points
        </p>
      )}
      <ol className="mx-auto max-w-sm space-y-2 text-left" aria-label="Podium">
        {view.podium.map((row) => (
          <li key={row.playerId} className="flex items-center gap-3 rounded-xl bg-white px-4 py-3 shadow-sm">
            <span className="w-10 font-bold text-slate-700">{ordinal(row.rank)}</span>
            <span className="min-w-0 flex-1 truncate font-semibold">{row.name}</span>
            <span className="tabular-nums">{points(row.score)}</span>
          </li>
        ))}
      </ol>
      <p className="flex flex-wrap justify-center gap-4">
        {view.attemptId && (
          <Link
            href={`/results/${view.attemptId}`}
            className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            See your answers
          </Link>
        )}
        <Link
          href={view.you.guest ? "/" : "/home"}
          className="rounded-lg border border-slate-300 px-4 py-2 font-semibold"
        >
          {view.you.guest ? "Quizwire home" : "Back to your home"}
        </Link>
      </p>
      {view.you.guest && (
        <p className="text-sm text-slate-700">You played as a guest: nothing about you is kept once the game closes.</p>
      )}
    </div>
  );
}
