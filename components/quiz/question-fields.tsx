"use client";

import type { PlayerQuestion } from "@/lib/dal/attempts";

export const LETTERS = ["A", "B", "C", "D", "E", "F"];

/** The choices of one question as a radio group; the key is marked in words once feedback arrives. */
export function ChoiceList({
  question,
  selected,
  disabled,
  onSelect,
}: {
  question: PlayerQuestion;
  selected: string | null;
  disabled: boolean;
  onSelect: (choiceId: string) => void;
}) {
  return (
    <fieldset>
      <legend className="sr-only">
        Choices (press 1–{question.choices.length} or A–{LETTERS[question.choices.length - 1]})
      </legend>
      <div className="grid gap-2">
        {question.choices.map((choice, position) => {
          const isSelected = selected === choice.id;
          const isKey = question.feedback?.correctChoiceId === choice.id;
          return (
            <label
              key={choice.id}
              className={`flex cursor-pointer items-center gap-3 rounded-lg border px-4 py-3 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${
                isKey
                  ? "border-emerald-400 bg-emerald-50"
                  : isSelected
                    ? "border-brand-600 bg-brand-50"
                    : "border-slate-300 hover:bg-slate-50"
              }`}
            >
              <input
                type="radio"
                name={`choice-${question.id}`}
                value={choice.id}
                checked={isSelected}
                disabled={disabled}
                onChange={() => onSelect(choice.id)}
                className="size-4 accent-brand-600"
              />
              <span
                aria-hidden="true"
                className="grid size-6 place-items-center rounded bg-slate-100 font-mono text-xs text-slate-700"
              >
                {LETTERS[position]}
              </span>
              <span>{choice.text}</span>
              {isKey && <span className="ml-auto text-xs font-medium text-emerald-900">✓ Right answer</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function TypedAnswer({
  id,
  value,
  disabled,
  onChange,
}: {
  id: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Your answer
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 disabled:bg-slate-50"
      />
    </div>
  );
}
