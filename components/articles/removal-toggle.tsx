"use client";

import { useActionState } from "react";
import { toggleRemoval } from "@/lib/actions/articles";

/** "Put back" / "Remove again" for one removed passage. */
export function RemovalToggle({ articleId, start, restored }: { articleId: string; start: number; restored: boolean }) {
  const [state, action, pending] = useActionState(toggleRemoval, undefined);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="restored" value={String(!restored)} />
      <button
        type="submit"
        disabled={pending}
        className="ml-2 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? "Saving…" : restored ? "Remove again" : "Put back"}
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
