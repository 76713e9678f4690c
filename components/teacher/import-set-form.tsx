"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { importSetAction } from "@/lib/actions/set-transfer";
import { FORMATS } from "@/lib/formats/catalog";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImportOutcomeView } from "./import-outcome";

const input = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** Upload a question file; problems are listed with their line numbers and nothing is imported unless asked. */
export function ImportSetForm() {
  const [state, action] = useActionState(importSetAction, undefined);
  const router = useRouter();
  const outcome = state?.ok ? state.data : null;
  useEffect(() => {
    // Straight to the new set when nothing needs saying; otherwise the teacher reads what was refused or changed.
    if (outcome?.status === "imported" && outcome.skipped.length === 0 && outcome.notes.length === 0)
      router.push(`/teacher/sets/${outcome.setId}`);
  }, [outcome, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="space-y-6">
      <form
        action={action}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        aria-label="Import questions"
      >
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            Question file
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".json,.csv,.txt,.gift,.aiken,.xml,.zip"
            className={input}
            aria-invalid={Boolean(errors.file)}
            aria-describedby="import-file-hint"
          />
          <p id="import-file-hint" className="text-sm text-slate-600">
            Quizwire JSON, CSV, GIFT, Aiken, Moodle XML or a QTI 3.0 package, up to 2 MB.
          </p>
          {errors.file && (
            <p className="text-sm text-red-700">
              <span aria-hidden="true">⚠ </span>
              {errors.file}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="import-format" className="block text-sm font-medium text-slate-800">
            Format
          </label>
          <select id="import-format" name="format" defaultValue="auto" className={input}>
            <option value="auto">Detect from the file</option>
            {FORMATS.map((format) => (
              <option key={format.id} value={format.id}>
                {format.label}
              </option>
            ))}
          </select>
          {errors.format && (
            <p className="text-sm text-red-700">
              <span aria-hidden="true">⚠ </span>
              {errors.format}
            </p>
          )}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="onlyValid" className="size-4 accent-brand-600" />
          If some questions have problems, import the valid ones anyway
        </label>
        <div className="w-40">
          <SubmitButton pendingLabel="Importing…">Import</SubmitButton>
        </div>
        {state && !state.ok && !state.fieldErrors && (
          <p role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        )}
      </form>

      {outcome && <ImportOutcomeView outcome={outcome} />}
    </div>
  );
}
