"use client";

import { useActionState } from "react";
import { createLiveGameAction } from "@/lib/actions/live";
import { SECONDS_PER_QUESTION } from "@/lib/live/rules";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Run live": time per question, speed bonus, guests (off unless the teacher turns them on). */
export function RunLiveForm({ setId }: { setId: string }) {
  const [state, action] = useActionState(createLiveGameAction, undefined);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-4" aria-label="Run this set live">
      <input type="hidden" name="setId" value={setId} />
      <div className="max-w-56">
        <Field
          name="secondsPerQuestion"
          label="Seconds per question"
          type="number"
          min={SECONDS_PER_QUESTION.min}
          max={SECONDS_PER_QUESTION.max}
          defaultValue={failed?.values?.secondsPerQuestion ?? SECONDS_PER_QUESTION.default}
          error={failed?.fieldErrors?.secondsPerQuestion}
          hint={`${SECONDS_PER_QUESTION.min} to ${SECONDS_PER_QUESTION.max}.`}
        />
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="speedBonus" defaultChecked className="mt-0.5 size-4 accent-brand-600" />
        <span>Speed bonus: faster right answers earn up to half as many points again.</span>
      </label>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="allowGuests" className="mt-0.5 size-4 accent-brand-600" />
        <span>Let guests play without an account, under a nickname. Nothing about a guest is kept after the game.</span>
      </label>
      <FormAlert message={failed?.fieldErrors ? undefined : failed?.error} />
      <div className="w-40">
        <SubmitButton pendingLabel="Starting…">Run live</SubmitButton>
      </div>
    </form>
  );
}
