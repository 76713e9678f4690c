"use client";

import { useActionState, useState } from "react";
import { archiveClassAction, removeStudentAction } from "@/lib/actions/classes";

/** The join code in large type, the link to share, and a copy button that says it worked. */
export function JoinCodePanel({ code, link }: { code: string; link: string }) {
  const [copied, setCopied] = useState(false);
  const pretty = `${code.slice(0, 5)}-${code.slice(5)}`;
  return (
    <div className="space-y-2 rounded-xl border border-brand-100 bg-brand-50 p-4">
      <p className="text-sm text-slate-700">
        Students join with this code at <strong>/join</strong>, or with the link:
      </p>
      <p
        className="font-mono text-3xl font-bold tracking-widest text-slate-900"
        data-testid="join-code"
        aria-label={`Join code ${code.split("").join(" ")}`}
      >
        {pretty}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={link}
          aria-label="Join link"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          Copy link
        </button>
        <span role="status" className="text-sm text-slate-700">
          {copied ? "Copied." : ""}
        </span>
      </div>
    </div>
  );
}

export function RemoveStudentButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const [state, action, pending] = useActionState(removeStudentAction, undefined);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
      >
        Remove<span className="sr-only"> {name} from the class</span>
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}

export function ArchiveClassButton({ classId, archived }: { classId: string; archived: boolean }) {
  const [state, action, pending] = useActionState(archiveClassAction, undefined);
  const isArchived = state?.ok ? state.data.archived : archived;
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="value" value={String(!isArchived)} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
      >
        {isArchived ? "Restore class" : "Archive class"}
      </button>
    </form>
  );
}
