"use client";

import { useActionState } from "react";
import { duplicateSetAction } from "@/lib/actions/question-editing";

export function DuplicateSetButton({ setId }: { setId: string }) {
  const [state, action, pending] = useActionState(duplicateSetAction, undefined);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="setId" value={setId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Copying…" : "Duplicate set"}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
