import type { Metadata } from "next";
import Link from "next/link";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { isTeacher } from "@/lib/dal/viewer";
import { listPublishedQuizzes } from "@/lib/dal/question-sets";
import { QuizCard } from "@/components/quiz/quiz-card";
import { EmptyState } from "@/components/ui/empty-state";
import { getLearnerProgress } from "@/lib/dal/progress";
import { LearnerProgressSections } from "@/components/quiz/learner-progress";
import { listMyAssignments } from "@/lib/dal/assignments";
import { AssignedWork } from "@/components/learner/assigned-work";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const viewer = await viewerOrSignIn("/home");
  const [quizzes, progress, assignments] = await Promise.all([
    listPublishedQuizzes(),
    getLearnerProgress(),
    listMyAssignments(),
  ]);
  const firstName = viewer.name.split(/\s+/)[0];
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Hello, {firstName}</h1>
        <p className="mt-1 text-slate-700">
          {isTeacher(viewer)
            ? "Here is what your learners can take right now."
            : "Pick a quiz on today's news and see how much you took in."}
        </p>
        {isTeacher(viewer) && (
          <p className="mt-3">
            <Link href="/teacher" className="font-medium text-brand-700 underline">
              Go to your question sets
            </Link>
          </p>
        )}
      </header>
      {(assignments.length > 0 || !isTeacher(viewer)) && (
        <section aria-labelledby="assigned-heading" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="assigned-heading" className="text-xl font-semibold">
              Assigned to you
            </h2>
            <span className="flex gap-4">
              <Link href="/live" className="text-sm font-medium text-brand-700 underline">
                Join a live game
              </Link>
              <Link href="/join" className="text-sm font-medium text-brand-700 underline">
                Join a class
              </Link>
            </span>
          </div>
          {assignments.length === 0 ? (
            <p className="text-slate-700">
              Nothing assigned. If your teacher gave you a class code, join the class to see their assignments here.
            </p>
          ) : (
            <AssignedWork assignments={assignments} />
          )}
        </section>
      )}
      <LearnerProgressSections progress={progress} />
      <section aria-labelledby="quizzes-heading" className="space-y-4">
        <h2 id="quizzes-heading" className="text-xl font-semibold">
          Quizzes for you
        </h2>
        {quizzes.length === 0 ? (
          <EmptyState title="No quizzes yet">
            <p>
              {isTeacher(viewer)
                ? "Publish a question set and it will appear here for your learners."
                : "When a teacher publishes a quiz, it will appear here. Check back soon."}
            </p>
          </EmptyState>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            {quizzes.map((quiz) => (
              <QuizCard
                key={quiz.id}
                quiz={quiz}
                footer={
                  <Link
                    href={`/quiz/${quiz.id}`}
                    className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
                  >
                    Take this quiz<span className="sr-only">: {quiz.title}</span>
                  </Link>
                }
              />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
