"use client";

import { useActionState } from "react";
import { updateLeaderboardOptIn } from "@/lib/actions/account";

export function LeaderboardToggle({ optedIn }: { optedIn: boolean }) {
  const [state, action, pending] = useActionState(updateLeaderboardOptIn, undefined);
  const current = state?.ok ? state.data.optIn : optedIn;
  return (
    <form action={action}>
      <input type="hidden" name="optIn" value={String(!current)} />
      <button
        type="submit"
        disabled={pending}
        role="switch"
        aria-checked={current}
        className="flex w-full items-center justify-between rounded px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100"
      >
        <span>Show my name on leaderboards</span>
        <span
          className={`rounded px-1.5 py-0.5 text-xs font-medium ${current ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
        >
          {current ? "On" : "Off"}
        </span>
      </button>
    </form>
  );
}
