"use client";

import { useActionState } from "react";
import { createClassAction } from "@/lib/actions/classes";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, undefined);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" aria-label="New class">
      <div className="min-w-64 flex-1">
        <Field
          name="name"
          label="New class name"
          placeholder="Year 10 current affairs"
          defaultValue={state && !state.ok ? state.values?.name : undefined}
          error={state && !state.ok ? (state.fieldErrors?.name ?? state.error) : undefined}
        />
      </div>
      <div className="w-40">
        <SubmitButton pendingLabel="Creating…">Create class</SubmitButton>
      </div>
    </form>
  );
}
