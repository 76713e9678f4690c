"use client";

import { useActionState, useId, useState } from "react";
import { importArticleFromLink, importPastedArticle, importUploadedArticle } from "@/lib/actions/articles";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

const TABS = [
  { id: "paste", label: "Paste text" },
  { id: "upload", label: "Upload a file" },
  { id: "url", label: "From a link" },
] as const;
type Tab = (typeof TABS)[number]["id"];

/** Three ways in, as an ARIA tab set (arrow keys move between tabs). */
export function NewArticleForms() {
  const [tab, setTab] = useState<Tab>("paste");
  const baseId = useId();
  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = TABS.findIndex((candidate) => candidate.id === tab);
    const next = event.key === "ArrowRight" ? index + 1 : event.key === "ArrowLeft" ? index - 1 : null;
    if (next === null) return;
    const target = TABS[(next + TABS.length) % TABS.length]!;
    setTab(target.id);
    document.getElementById(`${baseId}-${target.id}-tab`)?.focus();
  };
  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div
        role="tablist"
        aria-label="How to add the article"
        className="flex gap-1 border-b border-slate-200 px-2 pt-2"
        onKeyDown={onKeyDown}
      >
        {TABS.map((candidate) => (
          <button
            key={candidate.id}
            id={`${baseId}-${candidate.id}-tab`}
            role="tab"
            type="button"
            aria-selected={tab === candidate.id}
            aria-controls={`${baseId}-${candidate.id}-panel`}
            tabIndex={tab === candidate.id ? 0 : -1}
            onClick={() => setTab(candidate.id)}
            className={`rounded-t-md px-4 py-2 text-sm font-medium ${
              tab === candidate.id
                ? "border-b-2 border-brand-600 text-brand-700"
                : "text-slate-600 hover:text-slate-900"
            }`}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      {TABS.map((candidate) => (
        <div
          key={candidate.id}
          id={`${baseId}-${candidate.id}-panel`}
          role="tabpanel"
          aria-labelledby={`${baseId}-${candidate.id}-tab`}
          hidden={tab !== candidate.id}
          className="p-5"
        >
          {candidate.id === "paste" && <PasteForm />}
          {candidate.id === "upload" && <UploadForm />}
          {candidate.id === "url" && <UrlForm />}
        </div>
      ))}
    </div>
  );
}

function PasteForm() {
  const [state, action] = useActionState(importPastedArticle, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      <Field
        name="title"
        label="Headline (optional)"
        hint="Leave empty and we take it from the text."
        defaultValue={failed?.values?.title}
        error={failed?.fieldErrors?.title}
      />
      <div className="space-y-1">
        <label htmlFor="article-text" className="block text-sm font-medium text-slate-800">
          Article text
        </label>
        <textarea
          id="article-text"
          name="text"
          rows={14}
          defaultValue={failed?.values?.text}
          aria-invalid={failed?.fieldErrors?.text ? true : undefined}
          aria-describedby={failed?.fieldErrors?.text ? "article-text-error" : "article-text-hint"}
          className={`block w-full rounded-md border bg-white px-3 py-2 font-serif text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 ${
            failed?.fieldErrors?.text ? "border-red-600" : "border-slate-300"
          }`}
          placeholder="Paste the whole article as you copied it — captions, “Also read” lines and share buttons included. We clean them out and show you what we removed."
        />
        {failed?.fieldErrors?.text ? (
          <p id="article-text-error" data-testid="text-error" className="text-sm text-red-700">
            <span aria-hidden="true">⚠ </span>
            {failed.fieldErrors.text}
          </p>
        ) : (
          <p id="article-text-hint" className="text-sm text-slate-600">
            English news articles of 80 to 20,000 words.
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="Cleaning the article…">Clean and preview</SubmitButton>
    </form>
  );
}

function UploadForm() {
  const [state, action] = useActionState(importUploadedArticle, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      <Field
        name="file"
        label="Article file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        hint="A .txt, .md or .html file of up to 2 MB, such as a saved web page."
        error={failed?.fieldErrors?.file}
      />
      <SubmitButton pendingLabel="Reading the file…">Upload and preview</SubmitButton>
    </form>
  );
}

function UrlForm() {
  const [state, action] = useActionState(importArticleFromLink, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      <Field
        name="url"
        label="Article link"
        type="url"
        inputMode="url"
        placeholder="https://news.example.com/2025/04/01/story"
        hint="We fetch the page, find the article in it and clean it."
        defaultValue={failed?.values?.url}
        error={failed?.fieldErrors?.url}
      />
      <SubmitButton pendingLabel="Fetching the page…">Fetch and preview</SubmitButton>
    </form>
  );
}
