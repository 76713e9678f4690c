"use client";

import "./globals.css";

/**
 * Shown when even the root layout fails (its header reads the signed-in person from the database, so
 * a database outage lands here rather than in app/error.tsx): words and a way to try again, never a
 * stack trace or a page without words.
 */
export default function GlobalError() {
  return (
    <html lang="en">
      <head>
        <title>Try again in a moment · Quizwire</title>
      </head>
      <body className="min-h-screen font-sans">
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
          <section
            role="alert"
            className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm"
          >
            <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
            <p className="mt-2 text-slate-700">Nothing you entered was lost. Please try again in a moment.</p>
            <button
              type="button"
              // A fresh load asks the server again, layout and all; reset() alone would re-render what failed.
              onClick={() => window.location.reload()}
              className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              Try again
            </button>
          </section>
        </main>
      </body>
    </html>
  );
}
