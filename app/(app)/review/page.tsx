import type { Metadata } from "next";
import Link from "next/link";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { getReviewHistory } from "@/lib/dal/review-history";
import { countDueReviews } from "@/lib/dal/reviews";
import { reviewFiltersSchema } from "@/lib/validation/reviews";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { ArticleSource } from "@/components/articles/article-source";
import { CardControls } from "@/components/review/card-controls";
import { TopicChip, topicText } from "@/components/review/topic-label";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";

export const metadata: Metadata = { title: "Review your answers" };

const select = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function ReviewPage({ searchParams }: PageProps<"/review">) {
  await viewerOrSignIn("/review");
  const filters = reviewFiltersSchema.parse(await searchParams);
  const [history, dueCount] = await Promise.all([
    getReviewHistory({
      show: filters.show,
      articleId: filters.article,
      topic: filters.topic,
      from: filters.from,
      to: filters.to,
    }),
    countDueReviews(),
  ]);
  const filtered = Boolean(filters.article || filters.topic || filters.from || filters.to);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Review</h1>
          <p className="mt-1 text-slate-700">
            The questions you missed, with the right answer and the sentence it comes from.
          </p>
        </div>
        <div className="flex items-center gap-3">
          <p className="text-sm text-slate-700" data-testid="due-count">
            {dueCount === 0 ? "No reviews due" : `${dueCount} ${dueCount === 1 ? "review" : "reviews"} due`}
          </p>
          <Link
            href="/review/session"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Start today&rsquo;s review
          </Link>
        </div>
      </header>

      <form
        method="get"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
        aria-label="Filter answers"
      >
        <div className="space-y-1">
          <label htmlFor="show" className="block text-sm font-medium text-slate-800">
            Show
          </label>
          <select id="show" name="show" defaultValue={filters.show} className={select}>
            <option value="missed">Missed</option>
            <option value="all">All answered</option>
          </select>
        </div>
        <div className="space-y-1 lg:col-span-2">
          <label htmlFor="article" className="block text-sm font-medium text-slate-800">
            Article
          </label>
          <select id="article" name="article" defaultValue={filters.article ?? ""} className={select}>
            <option value="">All articles</option>
            {history.articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="topic" className="block text-sm font-medium text-slate-800">
            Topic
          </label>
          <select id="topic" name="topic" defaultValue={filters.topic ?? ""} className={select}>
            <option value="">All topics</option>
            {history.topics.map((topic) => (
              <option key={topic} value={topic}>
                {topicText(topic)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="from" className="block text-sm font-medium text-slate-800">
            Answered from
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from} className={select} />
        </div>
        <div className="space-y-1">
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">
            Answered until
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className={select} />
        </div>
        <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-6">
          <button
            type="submit"
            className="rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white hover:bg-slate-900"
          >
            Apply filters
          </button>
          {filtered && (
            <Link href={`/review?show=${filters.show}`} className="text-sm text-brand-700 underline">
              Clear filters
            </Link>
          )}
          <p className="ml-auto text-sm text-slate-700" role="status">
            {history.items.length} {history.items.length === 1 ? "question" : "questions"}
            {history.truncated && " (from your latest 500 answers; narrow the filters to see older ones)"}
          </p>
        </div>
      </form>

      {history.items.length === 0 ? (
        <EmptyState
          title={
            filtered
              ? "Nothing matches these filters"
              : filters.show === "missed"
                ? "No missed questions yet"
                : "Nothing answered yet"
          }
        >
          <p>
            {filtered
              ? "Try another article, topic or date."
              : "Take a quiz from your home page; the questions you miss come here with their explanations."}{" "}
            <Link href="/home" className="font-medium text-brand-700 underline">
              Go to your home
            </Link>
          </p>
        </EmptyState>
      ) : (
        <ol className="space-y-4">
          {history.items.map((item) => (
            <li
              key={item.questionId}
              className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
              data-testid="review-item"
            >
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
                {item.article && (
                  <span>
                    <ArticleSource article={item.article} />
                  </span>
                )}
                {item.stale && item.article?.publishedAt && (
                  <span className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900">
                    As of <FormattedDate date={item.article.publishedAt} />: may be out of date
                  </span>
                )}
              </div>
              <h2 className="font-semibold">{item.prompt}</h2>
              <p className="text-sm text-slate-700">
                Your latest answer: <strong>{item.yourAnswer ?? "not answered"}</strong> · answered {item.timesAnswered}{" "}
                {item.timesAnswered === 1 ? "time" : "times"}, missed {item.timesMissed} · last on{" "}
                <FormattedDate date={item.lastAnsweredAt} withTime />
              </p>
              <AnswerFeedback feedback={item.feedback} articleTitle={item.article?.title} />
              {item.topics.length > 0 && (
                <p className="flex flex-wrap gap-1" aria-label="Topics">
                  {item.topics.map((topic) => (
                    <TopicChip key={topic} topic={topic} />
                  ))}
                </p>
              )}
              {item.card && (
                <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-3">
                  <p className="text-sm text-slate-700" data-testid="card-due">
                    {item.card.retired ? (
                      "Retired from review"
                    ) : item.card.suspended ? (
                      "Review paused"
                    ) : item.card.due <= new Date() ? (
                      "Due for review now"
                    ) : (
                      <>
                        Next review <FormattedDate date={item.card.due} withTime />
                      </>
                    )}
                  </p>
                  <CardControls
                    cardId={item.card.id}
                    suspended={item.card.suspended}
                    retired={item.card.retired}
                    stale={item.stale}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
