"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { generateSetFromArticle } from "@/lib/actions/articles";
import { KIND_LABELS, QUESTION_KINDS } from "@/lib/generation/kinds";
import { FormAlert } from "@/components/ui/form-alert";

function GenerateButton() {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "Generating questions…" : "Make a quiz from this"}
      </button>
      {pending && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
          <span
            aria-hidden="true"
            className="inline-block size-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent"
          />
          Reading the facts, writing questions and checking each one…
        </p>
      )}
    </div>
  );
}

/** Generation options for one article (`articleId`), or a choice of several of the teacher's articles. */
export function MakeQuizForm({
  articleId,
  articles,
}: {
  articleId?: string;
  articles?: { id: string; title: string; detail: string }[];
}) {
  const [state, action] = useActionState(generateSetFromArticle, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" noValidate>
      <h2 className="text-lg font-semibold">
        {articles ? "Make a quiz from your articles" : "Make a quiz from this article"}
      </h2>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      {articles ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">
            Articles (up to 5; questions alternate between them)
          </legend>
          <div className="mt-2 space-y-1">
            {articles.map((article) => (
              <label key={article.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="articleId" value={article.id} className="mt-0.5 size-4 accent-brand-600" />
                <span>
                  {article.title} <span className="text-slate-600">· {article.detail}</span>
                </span>
              </label>
            ))}
          </div>
          {failed?.fieldErrors?.articleId && (
            <p className="mt-1 text-sm text-red-700" data-testid="articles-error">
              ⚠ {failed.fieldErrors.articleId}
            </p>
          )}
        </fieldset>
      ) : (
        <input type="hidden" name="articleId" value={articleId} />
      )}
      <div className="flex flex-wrap gap-6">
        <div className="space-y-1">
          <label htmlFor="count" className="block text-sm font-medium text-slate-800">
            Number of questions
          </label>
          <input
            id="count"
            name="count"
            type="number"
            min={5}
            max={30}
            defaultValue={failed?.values?.count ?? "10"}
            aria-invalid={failed?.fieldErrors?.count ? true : undefined}
            aria-describedby={failed?.fieldErrors?.count ? "count-error" : undefined}
            className="w-24 rounded-md border border-slate-300 px-3 py-2"
          />
          {failed?.fieldErrors?.count && (
            <p id="count-error" className="text-sm text-red-700" data-testid="count-error">
              ⚠ {failed.fieldErrors.count}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="difficulty" className="block text-sm font-medium text-slate-800">
            Difficulty
          </label>
          <select
            id="difficulty"
            name="difficulty"
            defaultValue={failed?.values?.difficulty ?? "mixed"}
            className="rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="mixed">Mixed</option>
            <option value="easy">Easier</option>
            <option value="medium">Medium</option>
            <option value="hard">Harder</option>
          </select>
        </div>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Kinds of question</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {QUESTION_KINDS.map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="types" value={kind} defaultChecked className="size-4 accent-brand-600" />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </div>
        {failed?.fieldErrors?.types && (
          <p className="mt-1 text-sm text-red-700" data-testid="types-error">
            ⚠ {failed.fieldErrors.types}
          </p>
        )}
      </fieldset>
      <GenerateButton />
    </form>
  );
}
