"use client";

import { useActionState } from "react";
import { createEmptySetAction } from "@/lib/actions/question-editing";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function EmptySetForm() {
  const [state, action] = useActionState(createEmptySetAction, undefined);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" aria-label="New empty set">
      <div className="min-w-64 flex-1">
        <Field
          name="title"
          label="Or start an empty set"
          placeholder="This week's news"
          defaultValue={state && !state.ok ? state.values?.title : undefined}
          error={state && !state.ok ? (state.fieldErrors?.title ?? state.error) : undefined}
        />
      </div>
      <div className="w-40">
        <SubmitButton pendingLabel="Creating…">Create set</SubmitButton>
      </div>
    </form>
  );
}
