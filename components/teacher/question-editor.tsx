"use client";

import { useActionState, useState } from "react";
import { addQuestionAction, editQuestionAction } from "@/lib/actions/question-editing";
import { SubmitButton } from "@/components/ui/submit-button";

type QuestionType = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";

export interface EditableQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  choices: { text: string; isCorrect: boolean }[];
  acceptedAnswers: string[];
  evidenceText: string | null;
}

const TYPE_LABEL: Record<QuestionType, string> = {
  MULTIPLE_CHOICE: "Multiple choice",
  WHO_SAID: "Who said it",
  TRUE_FALSE: "True or false",
  FILL_IN: "Fill in the blank",
};

const input =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/**
 * Edits every field of a question, or writes a new one by hand; errors come back next to their field,
 * nothing typed is lost.
 */
export function QuestionEditor({
  question,
  setId,
  onDone,
}: {
  question?: EditableQuestion;
  setId?: string;
  onDone?: () => void;
}) {
  const [state, action] = useActionState(async (previous: unknown, formData: FormData) => {
    const result = question
      ? await editQuestionAction(previous, formData)
      : await addQuestionAction(previous, formData);
    if (result.ok) onDone?.();
    return result;
  }, undefined);
  const prefix = question ? `q-${question.id}` : "new-question";
  const [type, setType] = useState<QuestionType>(question?.type ?? "MULTIPLE_CHOICE");
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const initialChoices = question?.choices.length ? question.choices.map((choice) => choice.text) : ["", "", "", ""];
  const [choices, setChoices] = useState<string[]>(
    type === "TRUE_FALSE"
      ? ["", "", "", ""]
      : [...initialChoices, ...Array(Math.max(0, 4 - initialChoices.length)).fill("")],
  );
  const [correct, setCorrect] = useState<number>(
    Math.max(0, question?.choices.findIndex((choice) => choice.isCorrect) ?? 0),
  );
  const trueFalseAnswer =
    question?.type === "TRUE_FALSE"
      ? question.choices.find((choice) => choice.isCorrect)?.text === "False"
        ? 1
        : 0
      : 0;

  return (
    <form action={action} className="space-y-4" aria-label={question ? "Edit question" : "New question"}>
      {question ? (
        <input type="hidden" name="questionId" value={question.id} />
      ) : (
        <input type="hidden" name="setId" value={setId} />
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor={`${prefix}-type`} className="block text-sm font-medium text-slate-800">
            Type
          </label>
          <select
            id={`${prefix}-type`}
            name="type"
            value={type}
            onChange={(event) => setType(event.target.value as QuestionType)}
            className={input}
          >
            {(Object.keys(TYPE_LABEL) as QuestionType[]).map((value) => (
              <option key={value} value={value}>
                {TYPE_LABEL[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor={`${prefix}-prompt`} className="block text-sm font-medium text-slate-800">
            Question
          </label>
          <textarea
            id={`${prefix}-prompt`}
            name="prompt"
            rows={2}
            defaultValue={state && !state.ok ? state.values?.prompt : question?.prompt}
            aria-invalid={Boolean(errors.prompt)}
            aria-describedby={errors.prompt ? `${prefix}-prompt-error` : undefined}
            className={input}
          />
          <FieldError id={`${prefix}-prompt-error`} message={errors.prompt} />
        </div>
      </div>

      {type === "FILL_IN" ? (
        <div className="space-y-1">
          <label htmlFor={`${prefix}-accepted`} className="block text-sm font-medium text-slate-800">
            Accepted answers (one per line)
          </label>
          <textarea
            id={`${prefix}-accepted`}
            name="accepted"
            rows={3}
            defaultValue={state && !state.ok ? state.values?.accepted : question?.acceptedAnswers.join("\n")}
            aria-invalid={Boolean(errors.accepted)}
            className={input}
          />
          <p className="text-sm text-slate-600">
            Case, punctuation and accents are ignored when marking; known aliases (US, U.S.) are accepted too.
          </p>
          <FieldError id={`${prefix}-accepted-error`} message={errors.accepted} />
        </div>
      ) : type === "TRUE_FALSE" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">The statement is</legend>
          <div className="flex gap-4">
            {["True", "False"].map((label, index) => (
              <label key={label} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="correct"
                  value={index}
                  defaultChecked={index === trueFalseAnswer}
                  className="size-4 accent-brand-600"
                />
                {label}
              </label>
            ))}
          </div>
          <input type="hidden" name="choices" value="True" />
          <input type="hidden" name="choices" value="False" />
        </fieldset>
      ) : (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Choices (mark the right one)</legend>
          {choices.map((choice, index) => (
            <div key={index} className="flex items-center gap-2">
              <input
                type="radio"
                name="correct"
                value={index}
                checked={correct === index}
                onChange={() => setCorrect(index)}
                aria-label={`Choice ${index + 1} is the right answer`}
                className="size-4 accent-brand-600"
              />
              <label htmlFor={`${prefix}-choice-${index}`} className="w-20 text-sm text-slate-700">
                Choice {index + 1}
              </label>
              <input
                id={`${prefix}-choice-${index}`}
                name="choices"
                value={choice}
                onChange={(event) =>
                  setChoices(choices.map((value, position) => (position === index ? event.target.value : value)))
                }
                className={input}
              />
            </div>
          ))}
          {choices.length < 6 && (
            <button
              type="button"
              onClick={() => setChoices([...choices, ""])}
              className="text-sm text-brand-700 underline"
            >
              Add a choice
            </button>
          )}
          <FieldError id={`${prefix}-choices-error`} message={errors.choices ?? errors.correct} />
        </fieldset>
      )}

      <div className="space-y-1">
        <label htmlFor={`${prefix}-explanation`} className="block text-sm font-medium text-slate-800">
          Explanation
        </label>
        <textarea
          id={`${prefix}-explanation`}
          name="explanation"
          rows={2}
          defaultValue={state && !state.ok ? state.values?.explanation : question?.explanation}
          aria-invalid={Boolean(errors.explanation)}
          className={input}
        />
        <FieldError id={`${prefix}-explanation-error`} message={errors.explanation} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${prefix}-evidence`} className="block text-sm font-medium text-slate-800">
          Evidence sentence from the article (optional)
        </label>
        <textarea
          id={`${prefix}-evidence`}
          name="evidence"
          rows={2}
          defaultValue={state && !state.ok ? state.values?.evidence : (question?.evidenceText ?? "")}
          aria-invalid={Boolean(errors.evidence)}
          className={input}
        />
        <FieldError id={`${prefix}-evidence-error`} message={errors.evidence} />
      </div>
      <div className="flex items-center gap-3">
        <div className="w-44">
          <SubmitButton pendingLabel="Saving…">{question ? "Save question" : "Add question"}</SubmitButton>
        </div>
        <p role="status" className="text-sm">
          {state?.ok ? (
            <span className="text-emerald-800">✓ Saved.</span>
          ) : state ? (
            <span className="text-red-700">{state.error}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
