"use client";

import { useActionState } from "react";
import { saveReviewSettings } from "@/lib/actions/reviews";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function ReviewSettingsForm({ staleDays, reminders }: { staleDays: number; reminders: boolean }) {
  const [state, action] = useActionState(saveReviewSettings, undefined);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-4" aria-label="Review settings">
      <Field
        name="staleDays"
        label="Treat facts as possibly out of date after (days)"
        type="number"
        inputMode="numeric"
        min={7}
        max={3650}
        defaultValue={values?.staleDays ?? String(staleDays)}
        error={state && !state.ok ? state.fieldErrors?.staleDays : undefined}
        hint="Older facts are shown “as of” their article's date, with a button to retire them."
      />
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          name="reminders"
          defaultChecked={values ? values.reminders === "on" : reminders}
          className="size-4 accent-brand-600"
        />
        Remind me in the app when reviews are due
      </label>
      <div className="flex items-center gap-3">
        <div className="w-40">
          <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
        </div>
        <p role="status" className="text-sm text-slate-700">
          {state?.ok ? "Saved." : state && !state.ok && !state.fieldErrors ? state.error : ""}
        </p>
      </div>
    </form>
  );
}
