"use client";

import { useState, useTransition } from "react";
import {
  deleteQuestionAction,
  moveQuestionAction,
  regenerateDistractorsAction,
  regenerateQuestionAction,
} from "@/lib/actions/question-editing";

/** Move up / down (buttons, so the keyboard can reorder) and delete with a confirmation step. */
export function QuestionRowActions({
  questionId,
  number,
  isFirst,
  isLast,
  fromArticle,
  hasDistractors,
}: {
  questionId: string;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** The set has an article, so new material can be generated from it. */
  fromArticle: boolean;
  hasDistractors: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = (work: () => Promise<{ ok: boolean; error?: string }>, success?: string) =>
    startTransition(async () => {
      const result = await work();
      setError(result.ok ? null : (result.error ?? "That did not work."));
      setDone(result.ok ? (success ?? null) : null);
    });
  const button =
    "rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-50";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={button}
        disabled={pending || isFirst}
        onClick={() => run(() => moveQuestionAction(undefined, { questionId, direction: "up" }))}
      >
        ↑<span className="sr-only"> Move question {number} up</span>
      </button>
      <button
        type="button"
        className={button}
        disabled={pending || isLast}
        onClick={() => run(() => moveQuestionAction(undefined, { questionId, direction: "down" }))}
      >
        ↓<span className="sr-only"> Move question {number} down</span>
      </button>
      {fromArticle && hasDistractors && (
        <button
          type="button"
          className={button}
          disabled={pending}
          onClick={() =>
            run(() => regenerateDistractorsAction(undefined, { questionId }), "New wrong answers in place.")
          }
        >
          New wrong answers<span className="sr-only"> for question {number}</span>
        </button>
      )}
      {fromArticle && (
        <button
          type="button"
          className={button}
          disabled={pending}
          onClick={() =>
            run(() => regenerateQuestionAction(undefined, { questionId }), "Replaced with a new question.")
          }
        >
          Replace<span className="sr-only"> question {number}</span> with a new question
        </button>
      )}
      {confirming ? (
        <>
          <button
            type="button"
            className="rounded-md bg-rose-700 px-2 py-1 text-sm text-white hover:bg-rose-800"
            disabled={pending}
            onClick={() => run(() => deleteQuestionAction(undefined, { questionId }))}
          >
            Yes, delete question {number}
          </button>
          <button type="button" className={button} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" className={button} onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> question {number}</span>
        </button>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
      {done && !error && (
        <span role="status" className="text-sm text-emerald-800">
          ✓ {done}
        </span>
      )}
    </div>
  );
}
