import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { getSetForReview } from "@/lib/dal/question-generation";
import { NotFoundError } from "@/lib/dal/errors";
import { PrintButton } from "@/components/teacher/print-button";
import { FormattedDate } from "@/components/ui/formatted-date";

export const metadata: Metadata = { title: "Printable set" };

const LETTERS = "ABCDEFGH";

/** The set on paper: questions first, the answer key with explanations on a page of its own. */
export default async function PrintSetPage({ params }: PageProps<"/teacher/sets/[id]/print">) {
  const { id } = await params;
  await teacherOrForbidden(`/teacher/sets/${id}/print`);
  const set = await getSetForReview(id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6 print:max-w-none print:space-y-4">
      <div className="flex items-center justify-between gap-3 print:hidden">
        <Link href={`/teacher/sets/${set.id}`} className="text-brand-700 underline">
          ← Back to the set
        </Link>
        <PrintButton />
      </div>
      <header className="space-y-1 border-b border-slate-300 pb-3">
        <h1 className="text-2xl font-bold">{set.title}</h1>
        {set.article && (
          <p className="text-sm text-slate-700">
            From “{set.article.title}”{set.article.source && `, ${set.article.source}`}
            {set.article.publishedAt && (
              <>
                , <FormattedDate date={set.article.publishedAt} />
              </>
            )}
          </p>
        )}
        <p className="text-sm text-slate-700">Name: ______________________________ Date: ______________</p>
      </header>
      <ol className="space-y-5">
        {set.questions.map((question, index) => (
          <li key={question.id} className="break-inside-avoid space-y-2" data-testid="print-question">
            <p className="font-semibold">
              {index + 1}. {question.prompt}
            </p>
            {question.choices.length > 0 ? (
              <ul className="space-y-1 pl-5">
                {question.choices.map((choice, choiceIndex) => (
                  <li key={choice.id}>
                    <span
                      aria-hidden="true"
                      className="mr-2 inline-block size-4 rounded-full border border-slate-500 align-middle"
                    />{" "}
                    {LETTERS[choiceIndex]}. {choice.text}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="pl-5">Answer: ____________________________________</p>
            )}
          </li>
        ))}
      </ol>
      <section
        aria-labelledby="key-heading"
        className="space-y-3 break-before-page border-t-2 border-dashed border-slate-300 pt-6 print:border-0 print:pt-0"
      >
        <h2 id="key-heading" className="text-xl font-bold">
          Answer key: {set.title}
        </h2>
        <ol className="space-y-3">
          {set.questions.map((question, index) => {
            const right = question.choices.findIndex((choice) => choice.isCorrect);
            return (
              <li key={question.id} className="break-inside-avoid" data-testid="print-answer">
                <p>
                  <strong>{index + 1}.</strong>{" "}
                  {question.choices.length > 0
                    ? `${LETTERS[right]}. ${question.choices[right]?.text ?? "?"}`
                    : question.acceptedAnswers.join(" / ")}
                </p>
                <p className="text-sm text-slate-700">{question.explanation}</p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
