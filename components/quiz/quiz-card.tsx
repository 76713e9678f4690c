import type { QuizCard as QuizCardData } from "@/lib/dal/question-sets";
import { FormattedDate } from "@/components/ui/formatted-date";

export function QuizCard({ quiz, footer }: { quiz: QuizCardData; footer?: React.ReactNode }) {
  return (
    <article
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="quiz-card"
    >
      <h3 className="text-lg font-semibold text-slate-900">{quiz.title}</h3>
      {quiz.description && <p className="mt-1 text-sm text-slate-700">{quiz.description}</p>}
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <div>
          <dt className="sr-only">Questions</dt>
          <dd>
            {quiz.questionCount} {quiz.questionCount === 1 ? "question" : "questions"}
          </dd>
        </div>
        {quiz.article && (
          <div>
            <dt className="sr-only">Source</dt>
            <dd>
              From {quiz.article.source ?? "an article"}
              {quiz.article.publishedAt && (
                <>
                  , <FormattedDate date={quiz.article.publishedAt} />
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {footer && <div className="mt-4">{footer}</div>}
    </article>
  );
}
