import type { Feedback } from "@/lib/dal/attempts";
import { HIDDEN } from "@/lib/scoring/withhold";

/** Right or wrong in words and an icon (never colour alone), the right answer, the why and the source sentence. */
export function AnswerFeedback({ feedback, articleTitle }: { feedback: Feedback; articleTitle?: string }) {
  const paragraph = feedback.evidence?.paragraph ?? "";
  const at = feedback.evidence ? paragraph.indexOf(feedback.evidence.text) : -1;
  return (
    <div
      className={`space-y-2 rounded-lg border p-4 text-sm ${!feedback.answered ? "border-slate-300 bg-slate-50" : feedback.isCorrect ? "border-emerald-300 bg-emerald-50" : "border-rose-300 bg-rose-50"}`}
      data-testid="feedback"
    >
      <p className="text-base font-semibold">
        {!feedback.answered ? (
          <span className="text-slate-800">
            <span aria-hidden="true">– </span>Not answered
          </span>
        ) : feedback.isCorrect ? (
          <span className="text-emerald-900">
            <span aria-hidden="true">✓ </span>Correct
          </span>
        ) : (
          <span className="text-rose-900">
            <span aria-hidden="true">✗ </span>Not quite
          </span>
        )}
        {feedback.matchedAnswer && (
          <span className="ml-2 font-normal text-slate-700">(accepted as “{feedback.matchedAnswer}”)</span>
        )}
      </p>
      {!feedback.isCorrect && (
        <p>
          The right answer: <strong>{feedback.correctAnswers.join(" / ")}</strong>
        </p>
      )}
      <p className="text-slate-800">{feedback.explanation}</p>
      {feedback.evidence && (
        <figure className="space-y-1">
          <blockquote className="border-l-4 border-slate-300 pl-3 font-serif text-slate-700">
            {at >= 0 ? (
              <>
                {paragraph.slice(0, at)}
                <mark className="rounded bg-amber-100 px-0.5 text-slate-900">{feedback.evidence.text}</mark>
                {paragraph.slice(at + feedback.evidence.text.length)}
              </>
            ) : (
              feedback.evidence.text
            )}
          </blockquote>
          {(feedback.headline ?? articleTitle) && (
            <figcaption className="text-xs text-slate-600">From “{feedback.headline ?? articleTitle}”</figcaption>
          )}
          {feedback.withheld && (
            <p className="text-xs text-slate-700" data-testid="withheld-note">
              Parts shown as {HIDDEN} answer questions you have not answered yet. They appear once you have.
            </p>
          )}
        </figure>
      )}
    </div>
  );
}
