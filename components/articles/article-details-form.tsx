"use client";

import { useActionState } from "react";
import { saveArticleDetails } from "@/lib/actions/articles";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { OriginNote } from "./origins";

/** Where a value came from: inside the field's hint, so it is read out with the field. */
function Note({ testId, note }: { testId: string; note: OriginNote }) {
  return (
    <span className="text-slate-700" data-testid={testId}>
      {note.check && (
        <span className="mr-1.5 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300">
          Check this
        </span>
      )}
      {note.text}
      {note.quote && (
        <>
          {" "}
          <q className="font-medium text-slate-900">{note.quote}</q>
        </>
      )}
      {note.after && <> {note.after}</>}
    </span>
  );
}

/**
 * The headline and published date as the cleaner read them, each with the line it came from, for the
 * person to correct before making a quiz (the quiz takes its title and date from here).
 */
export function ArticleDetailsForm({
  articleId,
  title,
  publishedAt,
  titleNote,
  dateNote,
}: {
  articleId: string;
  title: string;
  publishedAt: string | null;
  titleNote: OriginNote;
  dateNote: OriginNote;
}) {
  const [state, action, pending] = useActionState(saveArticleDetails, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="details-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div>
        <h2 id="details-heading" className="text-lg font-semibold">
          Headline and date
        </h2>
        <p className="text-sm text-slate-700">
          Check both before making a quiz: the quiz is named after the headline, and questions about time use the date.
        </p>
      </div>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      <input type="hidden" name="articleId" value={articleId} />
      <Field
        name="title"
        id="article-title"
        label="Headline"
        hint={<Note testId="title-origin" note={titleNote} />}
        error={failed?.fieldErrors?.title}
        defaultValue={failed?.values?.title ?? title}
        required
      />
      <div className="max-w-md">
        <Field
          name="publishedAt"
          id="article-published"
          label="Published on"
          type="date"
          hint={<Note testId="date-origin" note={dateNote} />}
          error={failed?.fieldErrors?.publishedAt}
          defaultValue={failed?.values?.publishedAt ?? publishedAt ?? ""}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
        >
          {pending ? "Saving…" : "Save headline and date"}
        </button>
        <p role="status" className="text-sm text-emerald-800">
          {state?.ok && !pending ? "✓ Saved." : ""}
        </p>
      </div>
    </form>
  );
}
