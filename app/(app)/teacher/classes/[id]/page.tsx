import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { getOwnClass } from "@/lib/dal/classes";
import { listOwnSets } from "@/lib/dal/question-sets";
import { NotFoundError } from "@/lib/dal/errors";
import { ArchiveClassButton, JoinCodePanel, RemoveStudentButton } from "@/components/teacher/class-controls";
import { AssignForm } from "@/components/teacher/assign-form";
import { FormattedDate } from "@/components/ui/formatted-date";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: PageProps<"/teacher/classes/[id]">) {
  const { id } = await params;
  await teacherOrForbidden(`/teacher/classes/${id}`);
  const [found, sets] = await Promise.all([
    getOwnClass(id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listOwnSets(),
  ]);
  const host = (await headers()).get("host") ?? "localhost:3000";
  const link = `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}/join?code=${found.joinCode}`;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-brand-700">
            <Link href="/teacher/classes" className="underline">
              Classes
            </Link>{" "}
            / {found.name}
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{found.name}</h1>
          {found.archived && (
            <p className="mt-1 text-slate-700">
              Archived: students cannot join or see its assignments. Restore it to use it again.
            </p>
          )}
        </div>
        <ArchiveClassButton classId={found.id} archived={found.archived} />
      </header>

      {!found.archived && <JoinCodePanel code={found.joinCode} link={link} />}

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        {found.assignments.length === 0 ? (
          <p className="text-slate-700">Nothing assigned yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
            {found.assignments.map((assignment) => (
              <li
                key={assignment.id}
                className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
                data-testid="assignment-row"
              >
                <div>
                  <p className="font-medium">{assignment.title}</p>
                  <p className="text-sm text-slate-600">
                    Opens <FormattedDate date={assignment.opensAt} withTime /> · due{" "}
                    <FormattedDate date={assignment.dueAt} withTime /> · {assignment.finished} of {found.roster.length}{" "}
                    finished
                  </p>
                </div>
                <Link
                  href={`/teacher/assignments/${assignment.id}`}
                  className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-50"
                >
                  Results<span className="sr-only"> for {assignment.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {!found.archived && (
          <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="font-semibold text-slate-900">Assign a question set</h3>
            <div className="mt-4">
              {sets.length === 0 ? (
                <p className="text-slate-700">
                  Make a question set first:{" "}
                  <Link href="/articles/new" className="text-brand-700 underline">
                    start from an article
                  </Link>
                  .
                </p>
              ) : (
                <AssignForm
                  classId={found.id}
                  sets={sets.map((set) => ({ id: set.id, title: set.title, status: set.status }))}
                />
              )}
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Students ({found.roster.length})
        </h2>
        {found.roster.length === 0 ? (
          <p className="text-slate-700">No one has joined yet. Share the code or the link above.</p>
        ) : (
          <div
            role="region"
            aria-label="Students, scrollable"
            tabIndex={0}
            className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            <table className="w-full min-w-[32rem] text-sm">
              <caption className="sr-only">Students in {found.name}</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Email
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Joined
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    <span className="sr-only">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {found.roster.map((student) => (
                  <tr key={student.userId} data-testid="roster-row">
                    <td className="px-4 py-2">{student.name}</td>
                    <td className="px-4 py-2">{student.email}</td>
                    <td className="px-4 py-2">
                      <FormattedDate date={student.joinedAt} />
                    </td>
                    <td className="px-4 py-2 text-right">
                      <RemoveStudentButton classId={found.id} userId={student.userId} name={student.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
