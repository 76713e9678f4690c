"use client";

import { useActionState } from "react";
import { retireCard, suspendCard } from "@/lib/actions/reviews";

/** Pause a card (it keeps its history) or retire it (an out-of-date fact); both can be undone. */
export function CardControls({
  cardId,
  suspended,
  retired,
  stale,
}: {
  cardId: string;
  suspended: boolean;
  retired: boolean;
  stale: boolean;
}) {
  const [suspendState, suspendAction, suspending] = useActionState(suspendCard, undefined);
  const [retireState, retireAction, retiring] = useActionState(retireCard, undefined);
  const isSuspended = suspendState?.ok ? suspendState.data.suspended : suspended;
  const isRetired = retireState?.ok ? retireState.data.retired : retired;
  const error =
    (suspendState && !suspendState.ok && suspendState.error) || (retireState && !retireState.ok && retireState.error);
  const button =
    "rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60";
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!isRetired && (
        <form action={suspendAction}>
          <input type="hidden" name="cardId" value={cardId} />
          <input type="hidden" name="value" value={String(!isSuspended)} />
          <button type="submit" className={button} disabled={suspending}>
            {isSuspended ? "Resume reviews" : "Pause this card"}
          </button>
        </form>
      )}
      <form action={retireAction}>
        <input type="hidden" name="cardId" value={cardId} />
        <input type="hidden" name="value" value={String(!isRetired)} />
        <button
          type="submit"
          className={`${button} ${stale && !isRetired ? "border-amber-400 bg-amber-50" : ""}`}
          disabled={retiring}
        >
          {isRetired ? "Bring back into review" : stale ? "Retire: fact may be out of date" : "Retire this card"}
        </button>
      </form>
      <span role="status" className="text-sm text-slate-700">
        {error ? (
          <span className="text-rose-800">{error}</span>
        ) : isRetired ? (
          "Retired: not reviewed again."
        ) : isSuspended ? (
          "Paused: not shown in reviews."
        ) : (
          ""
        )}
      </span>
    </div>
  );
}
