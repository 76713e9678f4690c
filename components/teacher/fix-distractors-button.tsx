"use client";

import { useActionState } from "react";
import { regenerateDistractorsAction } from "@/lib/actions/question-editing";

/** One click from item analysis: new wrong answers for the ones almost nobody picks. */
export function FixDistractorsButton({ questionId, choiceIds }: { questionId: string; choiceIds: string[] }) {
  const [state, action, pending] = useActionState(regenerateDistractorsAction, undefined);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="questionId" value={questionId} />
      {choiceIds.map((choiceId) => (
        <input key={choiceId} type="hidden" name="choiceIds" value={choiceId} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-amber-400 bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-950 hover:bg-amber-100 disabled:opacity-60"
      >
        {pending ? "Finding new ones…" : `Replace the ${choiceIds.length} not working`}
      </button>
      <span role="status" className="text-sm">
        {state?.ok ? (
          <span className="text-emerald-800">
            ✓ Replaced {state.data.replaced}; they apply to attempts from now on.
          </span>
        ) : state ? (
          <span className="text-red-700">{state.error}</span>
        ) : null}
      </span>
    </form>
  );
}
