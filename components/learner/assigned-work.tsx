"use client";

import Link from "next/link";
import { useActionState } from "react";
import { startAssignmentAction } from "@/lib/actions/classes";
import type { StudentAssignment } from "@/lib/dal/assignments";

const STATUS: Record<StudentAssignment["status"], { label: string; style: string }> = {
  upcoming: { label: "Opens later", style: "bg-slate-100 text-slate-800" },
  open: { label: "To do", style: "bg-amber-100 text-amber-950" },
  "in-progress": { label: "In progress", style: "bg-sky-100 text-sky-950" },
  done: { label: "✓ Done", style: "bg-emerald-100 text-emerald-950" },
  closed: { label: "Closed", style: "bg-slate-100 text-slate-800" },
};

const when = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

function StartButton({ assignment }: { assignment: StudentAssignment }) {
  const [state, action, pending] = useActionState(startAssignmentAction, undefined);
  const label = assignment.status === "in-progress" ? "Resume" : assignment.status === "done" ? "Try again" : "Start";
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="assignmentId" value={assignment.id} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Opening…" : label}
        <span className="sr-only">: {assignment.title}</span>
      </button>
      {state && !state.ok && (
        <p role="alert" className="max-w-56 text-right text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}

/** The learner's assignments, soonest due first, each with what to do next. */
export function AssignedWork({ assignments }: { assignments: StudentAssignment[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
      {assignments.map((assignment) => {
        const canStart =
          (assignment.status === "open" || assignment.status === "in-progress" || assignment.status === "done") &&
          assignment.attemptsLeft !== 0;
        return (
          <li
            key={assignment.id}
            className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
            data-testid="assignment"
          >
            <div className="space-y-0.5">
              <p className="font-medium">
                {assignment.title}{" "}
                <span className={`ml-1 rounded px-2 py-0.5 text-xs font-medium ${STATUS[assignment.status].style}`}>
                  {STATUS[assignment.status].label}
                </span>
              </p>
              <p className="text-sm text-slate-600">
                {assignment.className} · {assignment.questionCount} questions ·{" "}
                {assignment.status === "upcoming"
                  ? `opens ${when.format(new Date(assignment.opensAt))}`
                  : `due ${when.format(new Date(assignment.dueAt))}`}
                {assignment.bestPercent !== null && ` · best ${assignment.bestPercent}%`}
                {assignment.attemptsLeft !== null &&
                  ` · ${assignment.attemptsLeft} ${assignment.attemptsLeft === 1 ? "attempt" : "attempts"} left`}
              </p>
            </div>
            <div className="flex items-center gap-3">
              {assignment.lastAttemptId && (
                <Link href={`/results/${assignment.lastAttemptId}`} className="text-sm text-brand-700 underline">
                  Results<span className="sr-only"> of {assignment.title}</span>
                </Link>
              )}
              {canStart && <StartButton assignment={assignment} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
