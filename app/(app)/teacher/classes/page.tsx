import type { Metadata } from "next";
import Link from "next/link";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { listOwnClasses } from "@/lib/dal/classes";
import { CreateClassForm } from "@/components/teacher/create-class-form";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Your classes" };

export default async function ClassesPage() {
  await teacherOrForbidden("/teacher/classes");
  const classes = await listOwnClasses();
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm font-medium text-brand-700">
          <Link href="/teacher" className="underline">
            Teach
          </Link>{" "}
          / Classes
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
        <p className="mt-1 text-slate-700">
          Students join with a code; you assign question sets and read their results.
        </p>
      </header>
      <CreateClassForm />
      {classes.length === 0 ? (
        <EmptyState title="No classes yet">
          <p>Create a class above, then share its join code with your students.</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {classes.map((found) => (
            <li
              key={found.id}
              className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
              data-testid="class-row"
            >
              <div>
                <Link href={`/teacher/classes/${found.id}`} className="font-medium text-brand-700 underline">
                  {found.name}
                </Link>
                {found.archived && (
                  <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">Archived</span>
                )}
                <p className="text-sm text-slate-600">
                  {found.students} {found.students === 1 ? "student" : "students"} · {found.assignments}{" "}
                  {found.assignments === 1 ? "assignment" : "assignments"} · code{" "}
                  <span className="font-mono">{found.joinCode}</span>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
