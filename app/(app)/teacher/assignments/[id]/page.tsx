import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { getAssignmentResults } from "@/lib/dal/assignments";
import { NotFoundError } from "@/lib/dal/errors";
import { NOT_WORKING_SHARE } from "@/lib/scoring/item-analysis";
import { ScoreDistributionChart } from "@/components/charts/on-demand";
import { FormattedDate } from "@/components/ui/formatted-date";
import { FixDistractorsButton } from "@/components/teacher/fix-distractors-button";

export const metadata: Metadata = { title: "Assignment results" };

const pct = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

function discriminationNote(value: number | null): string {
  if (value === null) return "not enough spread yet";
  if (value >= 0.3) return "separates well";
  if (value >= 0.1) return "separates a little";
  return "does not separate: check the key and wording";
}

export default async function AssignmentResultsPage({ params }: PageProps<"/teacher/assignments/[id]">) {
  const { id } = await params;
  await teacherOrForbidden(`/teacher/assignments/${id}`);
  const results = await getAssignmentResults(id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const completion = results.rosterSize ? Math.round((results.completed / results.rosterSize) * 100) : 0;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-brand-700">
            <Link href={`/teacher/classes/${results.classId}`} className="underline">
              {results.className}
            </Link>{" "}
            / Results
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{results.title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            Opened <FormattedDate date={results.opensAt} withTime /> · due{" "}
            <FormattedDate date={results.dueAt} withTime /> · {results.questionCount} questions
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            href={`/teacher/assignments/${results.id}/results.csv`}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            download
          >
            Download CSV
          </a>
          <a
            href={`/teacher/assignments/${results.id}/results.xlsx`}
            className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
            download
          >
            Download Excel (.xlsx)
          </a>
        </div>
      </header>

      <section aria-label="Summary" className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">Completion</p>
          <p className="text-2xl font-bold" data-testid="completion">
            {results.completed} of {results.rosterSize} students
          </p>
          <div
            className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
            role="progressbar"
            aria-label="Completion"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={completion}
          >
            <div className="h-full bg-emerald-600" style={{ width: `${completion}%` }} />
          </div>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">Average (latest attempts)</p>
          <p className="text-2xl font-bold" data-testid="average">
            {results.averagePercent === null ? "–" : `${results.averagePercent}%`}
          </p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">Not finished</p>
          <p className="text-2xl font-bold">{results.rosterSize - Math.min(results.completed, results.rosterSize)}</p>
        </div>
      </section>

      {results.completed > 0 && (
        <section aria-labelledby="distribution-heading" className="space-y-3">
          <h2 id="distribution-heading" className="text-xl font-semibold">
            Score distribution
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <ScoreDistributionChart bands={results.distribution} />
          </div>
        </section>
      )}

      <section aria-labelledby="students-heading" className="space-y-3">
        <h2 id="students-heading" className="text-xl font-semibold">
          Students
        </h2>
        <div
          role="region"
          aria-label="Student results, scrollable"
          tabIndex={0}
          className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          <table className="w-full min-w-[32rem] text-sm">
            <caption className="sr-only">Each student&apos;s results</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Student
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Latest
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Best
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Attempts
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Finished
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {results.students.map((student) => (
                <tr key={student.userId} data-testid="student-result">
                  <td className="px-4 py-2">{student.name}</td>
                  <td className="px-4 py-2">
                    {student.latestPercent === null
                      ? "Not finished"
                      : `${student.latestPercent}% (${student.correct} of ${results.questionCount})`}
                  </td>
                  <td className="px-4 py-2">{student.bestPercent === null ? "–" : `${student.bestPercent}%`}</td>
                  <td className="px-4 py-2">{student.attempts}</td>
                  <td className="px-4 py-2">
                    {student.finishedAt ? <FormattedDate date={student.finishedAt} withTime /> : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="text-xl font-semibold">
          Item analysis
        </h2>
        <p className="text-sm text-slate-700">
          Facility: the share who got it right. Discrimination: how well it separates stronger from weaker students
          (point-biserial against the rest of the test; 0.3 or more is good). Distractors picked by under{" "}
          {Math.round(NOT_WORKING_SHARE * 100)}% are flagged as not working.
          {results.completed < 10 && " With fewer than 10 students finished, treat these numbers as rough."}
        </p>
        <ol className="space-y-4">
          {results.items.map((item, index) => (
            <li
              key={item.questionId}
              className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
              data-testid="item-stats"
            >
              <h3 className="font-semibold">
                {index + 1}. {item.prompt}
              </h3>
              <p className="text-sm text-slate-700">
                Facility <strong data-testid="facility">{pct(item.facility)}</strong> ({item.correct} of{" "}
                {results.completed}) · discrimination{" "}
                <strong>{item.discrimination === null ? "–" : item.discrimination.toFixed(2)}</strong> (
                {discriminationNote(item.discrimination)})
              </p>
              {item.choices.length > 0 && (
                <ul className="space-y-1">
                  {item.choices.map((choice) => (
                    <li key={choice.id} className="grid grid-cols-[minmax(0,1fr)_8rem_auto] items-center gap-3 text-sm">
                      <span className={choice.isCorrect ? "font-medium text-emerald-900" : "text-slate-800"}>
                        {choice.isCorrect && <span aria-hidden="true">✓ </span>}
                        {choice.text}
                        {choice.isCorrect && <span className="sr-only"> (right answer)</span>}
                      </span>
                      <span className="h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                        <span
                          className={`block h-full ${choice.isCorrect ? "bg-emerald-600" : "bg-slate-500"}`}
                          style={{ width: `${Math.round(choice.share * 100)}%` }}
                        />
                      </span>
                      <span className="whitespace-nowrap text-slate-700">
                        {choice.picked} ({pct(choice.share)})
                        {choice.notWorking && (
                          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                            Not working
                          </span>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {item.choices.some((choice) => choice.notWorking) && (
                <FixDistractorsButton
                  questionId={item.questionId}
                  choiceIds={item.choices.filter((choice) => choice.notWorking).map((choice) => choice.id)}
                />
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
