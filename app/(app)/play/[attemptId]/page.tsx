import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { getPlayerView } from "@/lib/dal/attempts";
import { NotFoundError } from "@/lib/dal/errors";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { AllOnOnePage } from "@/components/quiz/all-on-one-page";
import { FormattedDate } from "@/components/ui/formatted-date";

export const metadata: Metadata = { title: "Quiz" };

export default async function PlayPage({ params }: PageProps<"/play/[attemptId]">) {
  const { attemptId } = await params;
  await viewerOrSignIn(`/play/${attemptId}`);
  const view = await getPlayerView(attemptId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (view.finished) redirect(`/results/${attemptId}`);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <header>
        <p className="text-sm font-medium text-brand-700">
          {view.feedbackMode === "IMMEDIATE"
            ? "You see the answer after each question"
            : "You see your results at the end"}
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{view.title}</h1>
        {view.article && (view.article.source || view.article.publishedAt) && (
          <p className="text-sm text-slate-700" data-testid="quiz-source">
            {view.article.source}
            {view.article.source && view.article.publishedAt && ", "}
            {view.article.publishedAt && <FormattedDate date={view.article.publishedAt} />}
          </p>
        )}
      </header>
      {view.layout === "ALL_ON_ONE_PAGE" ? <AllOnOnePage view={view} /> : <QuizPlayer view={view} />}
    </div>
  );
}
