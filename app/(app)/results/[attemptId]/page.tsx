import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { getResults } from "@/lib/dal/attempts";
import { NotFoundError, UserError } from "@/lib/dal/errors";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { ArticleSource } from "@/components/articles/article-source";

export const metadata: Metadata = { title: "Your results" };

function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

export default async function ResultsPage({ params }: PageProps<"/results/[attemptId]">) {
  const { attemptId } = await params;
  await viewerOrSignIn(`/results/${attemptId}`);
  const results = await getResults(attemptId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof UserError) redirect(`/play/${attemptId}`);
    throw error;
  });
  const percent = Math.round((results.score / results.maxScore) * 100);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">Results</p>
        <h1 className="text-2xl font-bold tracking-tight">{results.title}</h1>
        {results.article && (
          <p className="text-sm text-slate-700">
            From <ArticleSource article={results.article} />
          </p>
        )}
      </header>

      <section aria-label="Summary" className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">Score</p>
          <p className="text-2xl font-bold" data-testid="score">
            {results.correct} of {results.questions.length} correct
          </p>
          <p className="text-sm text-slate-600">
            {results.score} / {results.maxScore} points ({percent}%)
          </p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">Time</p>
          <p className="text-2xl font-bold">{duration(results.durationSeconds)}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">How you compare</p>
          <p className="text-2xl font-bold" data-testid="percentile">
            {results.percentile}th percentile
          </p>
          <p className="text-sm text-slate-600">
            among {results.finishedAttempts} finished {results.finishedAttempts === 1 ? "attempt" : "attempts"}
          </p>
        </div>
      </section>

      <section aria-labelledby="review-heading" className="space-y-4">
        <h2 id="review-heading" className="text-xl font-semibold">
          Every question, with why
        </h2>
        <ol className="space-y-4">
          {results.questions.map((question, index) => {
            const yours = question.answer?.choiceId
              ? question.choices.find((choice) => choice.id === question.answer!.choiceId)?.text
              : question.answer?.text;
            return (
              <li
                key={question.id}
                className="space-y-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
                data-testid="result-question"
              >
                <h3 className="font-semibold">
                  {index + 1}. {question.prompt}
                </h3>
                <p className="text-sm text-slate-700">
                  Your answer: <strong>{yours ?? "not answered"}</strong>
                </p>
                {question.feedback ? (
                  <AnswerFeedback feedback={question.feedback} articleTitle={results.article?.title ?? undefined} />
                ) : (
                  <p className="text-sm text-slate-700">Not answered.</p>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="leaderboard-heading" className="space-y-2">
        <h2 id="leaderboard-heading" className="text-xl font-semibold">
          Leaderboard
        </h2>
        <p className="text-sm text-slate-600">
          Names show only for people who chose to appear; everyone else is “A learner”.
        </p>
        <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {results.leaderboard.map((row, position) => (
            <li
              key={position}
              className={`flex justify-between px-4 py-2 text-sm ${row.isYou ? "bg-brand-50 font-semibold" : ""}`}
            >
              <span>
                {position + 1}. {row.name}
                {row.isYou && " (you)"}
              </span>
              <span>{row.score} pts</span>
            </li>
          ))}
        </ol>
      </section>

      <div className="flex flex-wrap items-center gap-4">
        {!results.assignmentId && (
          <div className="w-48">
            <StartQuizButton setId={results.setId} label="Try again" />
          </div>
        )}
        <Link href="/home" className="text-brand-700 underline">
          Back to your home
        </Link>
      </div>
    </div>
  );
}
