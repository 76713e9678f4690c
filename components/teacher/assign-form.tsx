"use client";

import { useActionState, useState } from "react";
import { assignSetAction } from "@/lib/actions/classes";
import { SubmitButton } from "@/components/ui/submit-button";

const input = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** "2026-11-24T09:00" in the browser's own time zone, for a datetime-local field. */
function localValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * Assigns a set to the class. Dates are typed in the teacher's local time; the browser turns them
 * into exact instants before sending, so the server never guesses a time zone.
 */
export function AssignForm({
  classId,
  sets,
}: {
  classId: string;
  sets: { id: string; title: string; status: string }[];
}) {
  const [state, action] = useActionState(assignSetAction, undefined);
  const [defaults] = useState(() => {
    const now = new Date();
    now.setSeconds(0, 0);
    const due = new Date(now.getTime() + 7 * 86_400_000);
    due.setHours(17, 0, 0, 0);
    return { opens: localValue(now), due: localValue(due) };
  });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? state.values : undefined;
  const submit = (formData: FormData) => {
    for (const [local, instant] of [
      ["opensLocal", "opensAt"],
      ["dueLocal", "dueAt"],
    ] as const) {
      const value = String(formData.get(local) ?? "");
      const date = value ? new Date(value) : null;
      formData.set(instant, date && !Number.isNaN(date.getTime()) ? date.toISOString() : "");
    }
    action(formData);
  };
  const error = (field: string) =>
    errors[field] && (
      <p className="text-sm text-red-700" id={`assign-${field}-error`}>
        <span aria-hidden="true">⚠ </span>
        {errors[field]}
      </p>
    );
  return (
    <form action={submit} className="grid gap-4 sm:grid-cols-2" aria-label="Assign a question set">
      <input type="hidden" name="classId" value={classId} />
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="assign-set" className="block text-sm font-medium text-slate-800">
          Question set
        </label>
        <select
          id="assign-set"
          name="setId"
          defaultValue={values?.setId ?? ""}
          className={input}
          aria-invalid={Boolean(errors.setId)}
        >
          <option value="">Choose a set…</option>
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.title}
              {set.status === "DRAFT" ? " (draft: only this class will see it)" : ""}
            </option>
          ))}
        </select>
        {error("setId")}
      </div>
      <div className="space-y-1">
        <label htmlFor="assign-opens" className="block text-sm font-medium text-slate-800">
          Opens
        </label>
        <input
          id="assign-opens"
          name="opensLocal"
          type="datetime-local"
          defaultValue={values?.opensLocal ?? defaults.opens}
          className={input}
          aria-invalid={Boolean(errors.opensAt)}
        />
        {error("opensAt")}
      </div>
      <div className="space-y-1">
        <label htmlFor="assign-due" className="block text-sm font-medium text-slate-800">
          Due
        </label>
        <input
          id="assign-due"
          name="dueLocal"
          type="datetime-local"
          defaultValue={values?.dueLocal ?? defaults.due}
          className={input}
          aria-invalid={Boolean(errors.dueAt)}
        />
        {error("dueAt")}
      </div>
      <div className="space-y-1">
        <label htmlFor="assign-attempts" className="block text-sm font-medium text-slate-800">
          Attempts allowed (empty: no limit)
        </label>
        <input
          id="assign-attempts"
          name="maxAttempts"
          inputMode="numeric"
          defaultValue={values?.maxAttempts ?? "1"}
          className={input}
          aria-invalid={Boolean(errors.maxAttempts)}
        />
        {error("maxAttempts")}
      </div>
      <div className="space-y-1">
        <label htmlFor="assign-time" className="block text-sm font-medium text-slate-800">
          Time limit in minutes (empty: none)
        </label>
        <input
          id="assign-time"
          name="timeLimitMinutes"
          inputMode="numeric"
          defaultValue={values?.timeLimitMinutes ?? ""}
          className={input}
          aria-invalid={Boolean(errors.timeLimitMinutes)}
        />
        {error("timeLimitMinutes")}
      </div>
      <div className="space-y-1">
        <label htmlFor="assign-feedback" className="block text-sm font-medium text-slate-800">
          Students see the answers
        </label>
        <select id="assign-feedback" name="feedbackMode" defaultValue={values?.feedbackMode ?? "END"} className={input}>
          <option value="IMMEDIATE">After each question</option>
          <option value="END">When they finish</option>
        </select>
      </div>
      <label className="flex items-center gap-2 self-end text-sm text-slate-800">
        <input
          type="checkbox"
          name="speedBonus"
          defaultChecked={values?.speedBonus === "on"}
          className="size-4 accent-brand-600"
        />
        Speed bonus (up to half a point more for fast right answers)
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <div className="w-40">
          <SubmitButton pendingLabel="Assigning…">Assign</SubmitButton>
        </div>
        <p role="status" className="text-sm">
          {state?.ok ? (
            <span className="text-emerald-800">✓ Assigned. Students see it on their home page.</span>
          ) : state ? (
            <span className="text-red-700">{state.error}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
