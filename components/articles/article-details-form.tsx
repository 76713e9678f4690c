"use client";

import { useActionState } from "react";
import { saveArticleDetails } from "@/lib/actions/articles";
import { FormAlert } from "@/components/ui/form-alert";
import type { OriginNote } from "./origins";

function Note({ id, note }: { id: string; note: OriginNote }) {
  return (
    <p id={id} className="text-sm text-slate-700" data-testid={`${id}`}>
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
    </p>
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
  const fieldError = (field: string) => failed?.fieldErrors?.[field];
  const inputClass = (field: string) =>
    `block w-full rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 ${
      fieldError(field) ? "border-red-600" : "border-slate-300"
    }`;
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
      <div className="space-y-1">
        <label htmlFor="article-title" className="block text-sm font-medium text-slate-800">
          Headline
        </label>
        <input
          id="article-title"
          name="title"
          required
          defaultValue={failed?.values?.title ?? title}
          aria-invalid={fieldError("title") ? true : undefined}
          aria-describedby={fieldError("title") ? "title-origin title-error" : "title-origin"}
          className={inputClass("title")}
        />
        <Note id="title-origin" note={titleNote} />
        {fieldError("title") && (
          <p id="title-error" className="text-sm text-red-700" data-testid="title-error">
            <span aria-hidden="true">⚠ </span>
            {fieldError("title")}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="article-published" className="block text-sm font-medium text-slate-800">
          Published on
        </label>
        <input
          id="article-published"
          name="publishedAt"
          type="date"
          defaultValue={failed?.values?.publishedAt ?? publishedAt ?? ""}
          aria-invalid={fieldError("publishedAt") ? true : undefined}
          aria-describedby={fieldError("publishedAt") ? "date-origin date-error" : "date-origin"}
          className={`${inputClass("publishedAt")} max-w-xs`}
        />
        <Note id="date-origin" note={dateNote} />
        {fieldError("publishedAt") && (
          <p id="date-error" className="text-sm text-red-700" data-testid="date-error">
            <span aria-hidden="true">⚠ </span>
            {fieldError("publishedAt")}
          </p>
        )}
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
