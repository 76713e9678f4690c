"use client";

/** Shown instead of a stack trace when something unexpected breaks a page. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section
      role="alert"
      className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm"
    >
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-2 text-slate-700">Nothing you entered was lost. Try again in a moment.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </section>
  );
}
