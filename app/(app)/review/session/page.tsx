import type { Metadata } from "next";
import Link from "next/link";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { getReviewSession } from "@/lib/dal/reviews";
import { ReviewSession } from "@/components/review/review-session";
import { CardControls } from "@/components/review/card-controls";
import { FormattedDate } from "@/components/ui/formatted-date";
import { describeInterval } from "@/lib/review/grading";

export const metadata: Metadata = { title: "Today's review" };

export default async function ReviewSessionPage() {
  await viewerOrSignIn("/review/session");
  const session = await getReviewSession();
  const total = session.dueCount + session.reviewedToday;
  const done = total ? Math.round((session.reviewedToday / total) * 100) : 100;
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-700">Today&rsquo;s review</p>
        <h1 className="text-2xl font-bold tracking-tight">Bring back what you missed</h1>
        <p className="text-sm text-slate-700" data-testid="session-counts">
          {session.dueCount} due · {session.reviewedToday} reviewed in the last 24 hours
        </p>
        <div
          role="progressbar"
          aria-label="Reviewed today"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={done}
          className="h-2 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${done}%` }} />
        </div>
      </header>
      {session.card ? (
        <>
          <ReviewSession key={`${session.card.cardId}:${session.card.version}`} card={session.card} />
          <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
            {session.card.article && (
              <p>
                From “{session.card.article.title}”
                {session.card.article.publishedAt && (
                  <>
                    , <FormattedDate date={session.card.article.publishedAt} />
                  </>
                )}
              </p>
            )}
            <CardControls
              key={session.card.cardId}
              cardId={session.card.cardId}
              suspended={false}
              retired={false}
              stale={session.card.stale}
            />
          </div>
        </>
      ) : (
        <section
          className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50 p-6"
          data-testid="session-done"
        >
          <h2 className="text-lg font-semibold text-emerald-950">
            <span aria-hidden="true">✓ </span>All caught up
          </h2>
          <p className="text-slate-800">
            {session.nextDueAt ? (
              <>
                Your next review is due {describeInterval(new Date(), session.nextDueAt)}, on{" "}
                <FormattedDate date={session.nextDueAt} withTime />.
              </>
            ) : (
              <>Nothing is scheduled. Questions you miss in quizzes are added here.</>
            )}
          </p>
          <p className="flex flex-wrap gap-4">
            <Link href="/review" className="font-medium text-brand-700 underline">
              See every missed question
            </Link>
            <Link href="/progress" className="font-medium text-brand-700 underline">
              Your progress
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
