import type { Metadata } from "next";
import Link from "next/link";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { listOwnSets } from "@/lib/dal/question-sets";
import { QuizCard } from "@/components/quiz/quiz-card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";
import { EmptySetForm } from "@/components/teacher/empty-set-form";

export const metadata: Metadata = { title: "Your question sets" };

const AGES = [7, 30, 90, 365];

export default async function TeacherPage({ searchParams }: PageProps<"/teacher">) {
  await teacherOrForbidden("/teacher");
  const { olderThan } = await searchParams;
  const staleDays = AGES.includes(Number(olderThan)) ? Number(olderThan) : 30;
  const sets = await listOwnSets({ staleAfterDays: staleDays });
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your question sets</h1>
          <p className="mt-1 text-slate-700">
            Draft sets are only visible to you; published sets appear on every learner&apos;s home.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link
            href="/teacher/sets/new"
            className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            Set from several articles
          </Link>
          <Link
            href="/teacher/import"
            className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            Import
          </Link>
          <Link
            href="/teacher/classes"
            className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            Classes and assignments
          </Link>
          <Link
            href="/articles/new"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            New quiz from an article
          </Link>
        </div>
      </header>
      <EmptySetForm />
      <form method="get" className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor="olderThan" className="text-slate-800">
          Flag sets whose article is older than
        </label>
        <select
          id="olderThan"
          name="olderThan"
          defaultValue={String(staleDays)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        >
          {AGES.map((days) => (
            <option key={days} value={days}>
              {days === 365 ? "a year" : `${days} days`}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-50">
          Apply
        </button>
      </form>
      {sets.length === 0 ? (
        <EmptyState title="You have no question sets yet">
          <p>
            Start from a news article: paste it, upload it or give its link, and Quizwire drafts the questions for you
            to review.
          </p>
        </EmptyState>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {sets.map((set) => (
            <QuizCard
              key={set.id}
              quiz={set}
              footer={
                <div className="flex items-center justify-between gap-2">
                  <span
                    className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${
                      set.status === "PUBLISHED" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"
                    }`}
                  >
                    {set.status === "PUBLISHED" ? "Published" : "Draft"}
                  </span>
                  {set.stale && set.article?.publishedAt && (
                    <span
                      className="inline-block rounded bg-orange-100 px-2 py-0.5 text-xs font-medium text-orange-950"
                      data-testid="stale-set"
                    >
                      ⚠ Facts may be out of date: article from <FormattedDate date={set.article.publishedAt} />
                    </span>
                  )}
                  <span className="flex gap-3">
                    {set.status === "PUBLISHED" && (
                      <Link
                        href={`/teacher/sets/${set.id}#run-live`}
                        className="text-sm font-medium text-brand-700 underline"
                      >
                        Run live<span className="sr-only">: {set.title}</span>
                      </Link>
                    )}
                    <Link href={`/teacher/sets/${set.id}`} className="text-sm font-medium text-brand-700 underline">
                      Review questions
                    </Link>
                  </span>
                </div>
              }
            />
          ))}
        </div>
      )}
    </div>
  );
}
