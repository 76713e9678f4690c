import type { Metadata } from "next";
import { z } from "zod";
import { notFound } from "next/navigation";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { getSetForReview } from "@/lib/dal/question-generation";
import { NotFoundError } from "@/lib/dal/errors";
import { KIND_LABELS } from "@/lib/generation/kinds";
import type { QuestionKind } from "@/lib/generation/types";
import { EvidenceInParagraph } from "@/components/generation/evidence-in-paragraph";
import { FormattedDate } from "@/components/ui/formatted-date";
import { QuizSettingsForm } from "@/components/generation/quiz-settings-form";
import { QuestionEditor } from "@/components/teacher/question-editor";
import { FORMATS } from "@/lib/formats";
import Link from "next/link";
import { DuplicateSetButton } from "@/components/teacher/duplicate-set-button";
import { SortableQuestions } from "@/components/teacher/sortable-questions";
import { QuestionRowActions } from "@/components/teacher/question-row-actions";
import { RunLivePanel } from "@/components/live/run-live-panel";
import { RenameSetForm } from "@/components/teacher/rename-set-form";
import { titleWarningsFor } from "@/lib/dal/set-title";

export const metadata: Metadata = { title: "Review questions" };

const LETTERS = "ABCDEFGH";

// How many questions the teacher asked for, passed along after generation; anything else is ignored.
const askedSchema = z.object({ asked: z.coerce.number().int().min(1).max(30).optional().catch(undefined) });

export default async function ReviewSetPage({ params, searchParams }: PageProps<"/teacher/sets/[id]">) {
  const { id } = await params;
  const { asked } = askedSchema.parse(await searchParams);
  await teacherOrForbidden(`/teacher/sets/${id}`);
  const [set, titleWarnings] = await Promise.all([getSetForReview(id), titleWarningsFor(id)]).catch(
    (error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    },
  );
  const promptOf = new Map(set.questions.map((question) => [question.id, question.prompt]));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">
          {set.status === "DRAFT" ? "Draft question set" : "Published question set"}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{set.title}</h1>
        {set.article && (
          <p className="text-sm text-slate-700">
            From “{set.article.title}”{set.article.source && `, ${set.article.source}`}
            {set.article.publishedAt && (
              <>
                , <FormattedDate date={set.article.publishedAt} />
              </>
            )}
            {` · ${set.questions.length} questions. Check each one against its evidence before you publish.`}
          </p>
        )}
        <RenameSetForm setId={set.id} title={set.title} />
      </header>
      {titleWarnings.length > 0 && (
        <section
          aria-label="What the title gives away"
          data-testid="title-warnings"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-medium">
            <span aria-hidden="true">⚠ </span>
            The title answers {titleWarnings.length === 1 ? "1 question" : `${titleWarnings.length} questions`}.
            Learners see the title while they answer: rename the set, or edit or delete{" "}
            {titleWarnings.length === 1 ? "it" : "them"}.
          </p>
          <ul className="list-inside list-disc space-y-1">
            {titleWarnings.map((warning) => (
              <li key={warning.questionId}>
                Question {warning.number}, “{promptOf.get(warning.questionId)}”: {warning.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {asked !== undefined && set.questions.length > 0 && set.questions.length < asked && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          You asked for {asked} questions;{" "}
          {set.article ? `this ${set.article.wordCount}-word article` : "these articles"} gave {set.questions.length}{" "}
          that pass our quality checks. We do not pad a quiz with weaker ones: add questions by hand below, or{" "}
          <Link href="/teacher/sets/new" className="font-medium text-brand-700 underline">
            make a set from this article and another one
          </Link>
          .
        </p>
      )}
      <QuizSettingsForm setId={set.id} status={set.status} settings={set.settings} />
      <RunLivePanel setId={set.id} published={set.status === "PUBLISHED" && set.questions.length > 0} />
      <div className="flex flex-wrap items-center gap-3">
        <DuplicateSetButton setId={set.id} />
        <Link
          href={`/teacher/sets/${set.id}/print`}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Printable version
        </Link>
      </div>
      <nav aria-label="Export this set" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-800">Export:</span>
        {FORMATS.map((format) => (
          <a
            key={format.id}
            href={`/teacher/sets/${set.id}/export/${format.id}`}
            className="rounded-md border border-slate-300 px-2.5 py-1 text-brand-700 hover:bg-slate-50"
            download
          >
            {format.label}
          </a>
        ))}
      </nav>
      {set.questions.length > 1 && (
        <p className="text-sm text-slate-600">Drag a question onto another to move it there, or use ↑ and ↓.</p>
      )}
      <SortableQuestions
        key={set.questions.map((question) => question.id).join(",")}
        setId={set.id}
        items={set.questions.map((question, index) => ({
          id: question.id,
          content: (
            <>
              <div className="flex flex-wrap items-center gap-2 text-xs font-medium">
                <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">
                  {question.kind ? (KIND_LABELS[question.kind as QuestionKind] ?? question.kind) : "Question"}
                </span>
                <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">
                  Difficulty {Math.round(question.difficulty * 100)}%
                </span>
                {question.qualityScore !== null && (
                  <span
                    className="rounded bg-slate-100 px-2 py-0.5 text-slate-700"
                    title={question.qualityReasons.join("; ")}
                  >
                    Quality {Math.round(question.qualityScore * 100)} · {question.qualityReasons.join(", ")}
                  </span>
                )}
              </div>
              <h2 className="font-semibold text-slate-900">
                {index + 1}. {question.prompt}
              </h2>
              {question.choices.length > 0 ? (
                <ul className="grid gap-1 sm:grid-cols-2">
                  {question.choices.map((choice, choiceIndex) => (
                    <li
                      key={choice.id}
                      className={`flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${choice.isCorrect ? "border-emerald-300 bg-emerald-50 font-medium text-emerald-900" : "border-slate-200 text-slate-700"}`}
                    >
                      <span aria-hidden="true" className="font-mono text-xs text-slate-500">
                        {LETTERS[choiceIndex]}
                      </span>
                      {choice.text}
                      {choice.isCorrect && <span className="ml-auto text-xs">✓ Correct</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-700">
                  Accepted answers: <span className="font-medium">{question.acceptedAnswers.join(" / ")}</span>
                </p>
              )}
              <p className="text-sm text-slate-800">
                <span className="font-semibold">Explanation: </span>
                {question.explanation}
              </p>
              {question.articleText !== null && question.evidenceStart !== null && question.evidenceEnd !== null && (
                <details className="text-sm">
                  <summary className="cursor-pointer text-brand-700">
                    Evidence in the article{!set.article && question.articleTitle ? ` “${question.articleTitle}”` : ""}
                  </summary>
                  <div className="mt-2">
                    <EvidenceInParagraph
                      text={question.articleText}
                      start={question.evidenceStart}
                      end={question.evidenceEnd}
                    />
                  </div>
                </details>
              )}
              <div className="space-y-3 border-t border-slate-100 pt-3">
                <QuestionRowActions
                  questionId={question.id}
                  number={index + 1}
                  isFirst={index === 0}
                  isLast={index === set.questions.length - 1}
                  fromArticle={question.articleText !== null}
                  hasDistractors={question.type === "MULTIPLE_CHOICE" || question.type === "WHO_SAID"}
                />
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-brand-700">
                    Edit<span className="sr-only"> question {index + 1}</span>
                  </summary>
                  <div className="mt-3">
                    <QuestionEditor question={question} />
                  </div>
                </details>
              </div>
            </>
          ),
        }))}
      />
      <details className="rounded-xl border border-dashed border-slate-300 bg-white p-5">
        <summary className="cursor-pointer font-semibold text-brand-700">Add a question by hand</summary>
        <div className="mt-4">
          <QuestionEditor setId={set.id} />
        </div>
      </details>
    </div>
  );
}
