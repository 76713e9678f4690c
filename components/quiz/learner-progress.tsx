import Link from "next/link";
import type { LearnerProgress } from "@/lib/dal/progress";
import { ScoreHistoryChart } from "@/components/charts/on-demand";
import { FormattedDate } from "@/components/ui/formatted-date";

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

export function LearnerProgressSections({ progress }: { progress: LearnerProgress }) {
  return (
    <>
      {progress.inProgress.length > 0 && (
        <section aria-labelledby="in-progress-heading" className="space-y-3">
          <h2 id="in-progress-heading" className="text-xl font-semibold">
            Carry on where you left off
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {progress.inProgress.map((attempt) => (
              <li
                key={attempt.attemptId}
                className="flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
                data-testid="in-progress"
              >
                <div>
                  <p className="font-medium">{attempt.title}</p>
                  <p className="text-sm text-slate-600">
                    {attempt.answered} of {attempt.total} answered
                  </p>
                </div>
                <Link
                  href={`/play/${attempt.attemptId}`}
                  className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
                >
                  Resume<span className="sr-only">: {attempt.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {progress.taken.length > 0 && (
        <section aria-labelledby="taken-heading" className="space-y-3">
          <h2 id="taken-heading" className="text-xl font-semibold">
            Your scores
          </h2>
          {progress.history.length > 1 && (
            <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <ScoreHistoryChart
                points={progress.history.map((point) => ({
                  label: shortDate.format(point.finishedAt),
                  percent: point.percent,
                  title: point.title,
                }))}
              />
            </div>
          )}
          <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm shadow-sm">
            <caption className="sr-only">Quizzes you have taken, with your best and last score</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Quiz
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Best
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Last
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Attempts
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Last taken
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {progress.taken.map((quiz) => (
                <tr key={quiz.setId} data-testid="taken-row">
                  <td className="px-4 py-2">
                    <Link href={`/results/${quiz.lastAttemptId}`} className="text-brand-700 underline">
                      {quiz.title}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{quiz.bestPercent}%</td>
                  <td className="px-4 py-2">{quiz.lastPercent}%</td>
                  <td className="px-4 py-2">{quiz.attempts}</td>
                  <td className="px-4 py-2">
                    <FormattedDate date={quiz.lastFinishedAt} withTime />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
