import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { getPublishedQuiz } from "@/lib/dal/question-sets";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { FormattedDate } from "@/components/ui/formatted-date";

export const metadata: Metadata = { title: "Quiz" };

/** The page a shared quiz link opens; signed-out visitors sign in and come back here. */
export default async function QuizLandingPage({ params }: PageProps<"/quiz/[setId]">) {
  const { setId } = await params;
  await viewerOrSignIn(`/quiz/${setId}`);
  const quiz = await getPublishedQuiz(setId);
  if (!quiz) notFound();
  return (
    <section className="mx-auto max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold tracking-tight">{quiz.title}</h1>
      {quiz.description && <p className="text-slate-700">{quiz.description}</p>}
      <ul className="list-inside list-disc text-sm text-slate-700">
        <li>{quiz.questionCount} questions</li>
        <li>
          {quiz.feedbackMode === "IMMEDIATE"
            ? "You see the right answer and why after each question."
            : "You see how you did when you finish."}
        </li>
        {quiz.timeLimitSeconds && <li>Time limit: {Math.round(quiz.timeLimitSeconds / 60)} minutes</li>}
        {quiz.article && (
          <li>
            From {quiz.article.source ?? "a news article"}
            {quiz.article.publishedAt && (
              <>
                , <FormattedDate date={quiz.article.publishedAt} />
              </>
            )}
          </li>
        )}
      </ul>
      <StartQuizButton setId={quiz.id} />
    </section>
  );
}
