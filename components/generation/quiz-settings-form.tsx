"use client";

import { useActionState } from "react";
import { saveQuizSettings } from "@/lib/actions/question-sets";
import type { QuizSettings } from "@/lib/dal/question-generation";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** How the quiz plays, and publishing it so learners can take it. */
export function QuizSettingsForm({
  setId,
  status,
  settings,
}: {
  setId: string;
  status: "DRAFT" | "PUBLISHED";
  settings: QuizSettings;
}) {
  const [state, action] = useActionState(saveQuizSettings, undefined);
  const failed = state && !state.ok ? state : undefined;
  const current = state?.ok ? state.data.status : status;
  const field = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <form action={action} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" noValidate>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">Quiz settings</h2>
        <p
          role="status"
          className={`rounded px-2 py-0.5 text-xs font-medium ${current === "PUBLISHED" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"}`}
        >
          {current === "PUBLISHED" ? "Published: learners can take it" : "Draft: only you can see it"}
        </p>
      </div>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      <input type="hidden" name="setId" value={setId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1 text-sm">
          <label htmlFor="feedbackMode" className="block font-medium text-slate-800">
            Learners see answers
          </label>
          <select id="feedbackMode" name="feedbackMode" defaultValue={settings.feedbackMode} className={field}>
            <option value="IMMEDIATE">After each question</option>
            <option value="END">Only at the end</option>
          </select>
        </div>
        <div className="space-y-1 text-sm">
          <label htmlFor="layout" className="block font-medium text-slate-800">
            Questions are shown
          </label>
          <select id="layout" name="layout" defaultValue={settings.layout} className={field}>
            <option value="ONE_PER_SCREEN">One per screen</option>
            <option value="ALL_ON_ONE_PAGE">All on one page</option>
          </select>
        </div>
        <div className="space-y-1 text-sm">
          <label htmlFor="timeLimitMinutes" className="block font-medium text-slate-800">
            Time limit in minutes (optional)
          </label>
          <input
            id="timeLimitMinutes"
            name="timeLimitMinutes"
            type="number"
            min={1}
            max={240}
            defaultValue={settings.timeLimitSeconds ? Math.round(settings.timeLimitSeconds / 60) : ""}
            className={field}
            aria-invalid={failed?.fieldErrors?.timeLimitMinutes ? true : undefined}
          />
          {failed?.fieldErrors?.timeLimitMinutes && (
            <span className="block text-red-700">⚠ {failed.fieldErrors.timeLimitMinutes}</span>
          )}
        </div>
        <div className="space-y-1 text-sm">
          <label htmlFor="maxAttempts" className="block font-medium text-slate-800">
            Attempts allowed (empty: no limit)
          </label>
          <input
            id="maxAttempts"
            name="maxAttempts"
            type="number"
            min={1}
            max={50}
            defaultValue={settings.maxAttempts ?? ""}
            className={field}
            aria-invalid={failed?.fieldErrors?.maxAttempts ? true : undefined}
          />
          {failed?.fieldErrors?.maxAttempts && (
            <span className="block text-red-700">⚠ {failed.fieldErrors.maxAttempts}</span>
          )}
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="speedBonus"
          defaultChecked={settings.speedBonus}
          className="size-4 accent-brand-600"
        />
        Speed bonus: up to half a point more for answering within 30 seconds
      </label>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Visibility</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="status"
            value="DRAFT"
            defaultChecked={status === "DRAFT"}
            className="accent-brand-600"
          />{" "}
          Keep as draft
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="status"
            value="PUBLISHED"
            defaultChecked={status === "PUBLISHED"}
            className="accent-brand-600"
          />{" "}
          Publish for learners
        </label>
      </fieldset>
      <div className="w-48">
        <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
      </div>
    </form>
  );
}
