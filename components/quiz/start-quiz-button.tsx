"use client";

import { useActionState } from "react";
import { startQuiz } from "@/lib/actions/quiz";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";

export function StartQuizButton({ setId, label = "Start quiz" }: { setId: string; label?: string }) {
  const [state, action] = useActionState(startQuiz, undefined);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="setId" value={setId} />
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <SubmitButton pendingLabel="Starting…">{label}</SubmitButton>
    </form>
  );
}
