import type { Metadata } from "next";
import Link from "next/link";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { getLearningProgress } from "@/lib/dal/learning-progress";
import { getReviewSettings } from "@/lib/dal/reviews";
import { viewerTimeZone } from "@/lib/dal/time-zone";
import { ReviewActivityChart } from "@/components/charts/on-demand";
import { ReviewSettingsForm } from "@/components/review/review-settings-form";
import { TopicChip } from "@/components/review/topic-label";

export const metadata: Metadata = { title: "Your progress" };

const STATUS_LABEL = { mastered: "✓ Mastered", learning: "… Learning", weak: "! Weak" } as const;
const STATUS_STYLE = {
  mastered: "bg-emerald-100 text-emerald-900",
  learning: "bg-slate-100 text-slate-800",
  weak: "bg-rose-100 text-rose-900",
} as const;

function dayLabel(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

function Stat({ label, value, detail, testId }: { label: string; value: string; detail: string; testId?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="text-2xl font-bold" data-testid={testId}>
        {value}
      </p>
      <p className="text-sm text-slate-600">{detail}</p>
    </div>
  );
}

export default async function ProgressPage() {
  await viewerOrSignIn("/progress");
  const [progress, settings] = await Promise.all([getLearningProgress(await viewerTimeZone()), getReviewSettings()]);
  const mastered = progress.topics.filter((topic) => topic.status === "mastered");
  const weak = progress.topics.filter((topic) => topic.status === "weak");
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
          <p className="mt-1 text-slate-700">
            What you have kept, what needs another look, and how regularly you come back.
          </p>
        </div>
        <Link
          href="/review/session"
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Review now{progress.cards.due > 0 ? ` (${progress.cards.due} due)` : ""}
        </Link>
      </header>

      <section aria-label="Summary" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Streak"
          value={`${progress.streak} ${progress.streak === 1 ? "day" : "days"}`}
          detail={progress.activeToday ? "You have learned today." : "Answer or review today to keep it going."}
          testId="streak"
        />
        <Stat
          label="Recalled in reviews"
          value={progress.retention === null ? "–" : `${progress.retention}%`}
          detail="over the last 30 days"
          testId="retention"
        />
        <Stat
          label="Due now"
          value={String(progress.cards.due)}
          detail={`${progress.cards.dueThisWeek} due within a week`}
        />
        <Stat
          label="Review cards"
          value={String(progress.cards.total)}
          detail={`${progress.cards.learning} learning · ${progress.cards.suspended} paused · ${progress.cards.retired} retired`}
        />
      </section>

      <section aria-labelledby="activity-heading" className="space-y-3">
        <h2 id="activity-heading" className="text-xl font-semibold">
          Reviews per day
        </h2>
        {progress.reviewsTotal === 0 ? (
          <p className="text-slate-700">
            No reviews yet. Missed quiz questions become review cards; your first review starts the chart.
          </p>
        ) : (
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <ReviewActivityChart
              days={progress.days.map((day) => ({
                label: dayLabel(day.day),
                reviews: day.reviews,
                retention: day.retention,
              }))}
            />
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-brand-700">The same numbers as a table</summary>
              <table className="mt-2 w-full text-left">
                <caption className="sr-only">Reviews and share recalled per day, last 30 days</caption>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 font-medium">
                      Day
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Reviews
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Recalled
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {progress.days
                    .filter((day) => day.reviews > 0)
                    .map((day) => (
                      <tr key={day.day}>
                        <td className="py-1">{dayLabel(day.day)}</td>
                        <td className="py-1">{day.reviews}</td>
                        <td className="py-1">{day.retention}%</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </details>
          </div>
        )}
      </section>

      <section aria-labelledby="topics-heading" className="space-y-3">
        <h2 id="topics-heading" className="text-xl font-semibold">
          Topics: mastered and weak
        </h2>
        <p className="text-sm text-slate-700">
          {mastered.length} mastered · {weak.length} weak · from your quiz answers and reviews. Mastered: at least three
          answers and 80% right; weak: under 60%.
        </p>
        {progress.topics.length === 0 ? (
          <p className="text-slate-700">Take a quiz to see the people, places and organisations you know best.</p>
        ) : (
          <div
            role="region"
            aria-label="Topics, scrollable"
            tabIndex={0}
            className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            <table className="w-full min-w-[32rem] text-sm">
              <caption className="sr-only">Topics with how often you answered questions about them correctly</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Topic
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Right
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    <span className="sr-only">Review</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {progress.topics.slice(0, 30).map((topic) => (
                  <tr key={topic.topic} data-testid="topic-row">
                    <td className="px-4 py-2">
                      <TopicChip topic={topic.topic} />
                    </td>
                    <td className="px-4 py-2">
                      <span className="flex items-center gap-2">
                        <span className="h-2 w-20 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                          <span className="block h-full bg-brand-600" style={{ width: `${topic.accuracy}%` }} />
                        </span>
                        {topic.correct} of {topic.answered} ({topic.accuracy}%)
                      </span>
                    </td>
                    <td className="px-4 py-2">
                      <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[topic.status]}`}>
                        {STATUS_LABEL[topic.status]}
                      </span>
                    </td>
                    <td className="px-4 py-2">
                      <Link
                        href={`/review?show=all&topic=${encodeURIComponent(topic.topic)}`}
                        className="text-brand-700 underline"
                      >
                        Questions<span className="sr-only"> about {topic.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="settings-heading" className="max-w-xl space-y-3">
        <h2 id="settings-heading" className="text-xl font-semibold">
          Review settings
        </h2>
        <ReviewSettingsForm staleDays={settings.staleDays} reminders={settings.reminders} />
      </section>
    </div>
  );
}
