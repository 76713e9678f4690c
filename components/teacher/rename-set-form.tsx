"use client";

import { useActionState } from "react";
import { renameSetAction } from "@/lib/actions/question-sets";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** The set's title, which the quiz shows above every question: the teacher may rename it. */
export function RenameSetForm({ setId, title }: { setId: string; title: string }) {
  const [state, action] = useActionState(renameSetAction, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      <input type="hidden" name="setId" value={setId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <Field
            name="title"
            label="Set title (shown above every question)"
            defaultValue={failed?.values?.title ?? title}
            key={state?.ok ? state.data.title : title}
            maxLength={200}
            required
            error={failed?.fieldErrors?.title}
            hint="Name the topic, not the answers: the quiz shows this title while learners answer."
          />
        </div>
        <div className="w-32">
          <SubmitButton pendingLabel="Renaming…">Rename</SubmitButton>
        </div>
      </div>
      {state?.ok && (
        <p role="status" className="text-sm text-emerald-800">
          Renamed.
        </p>
      )}
    </form>
  );
}
