"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { answerReview, changeReviewRating } from "@/lib/actions/reviews";
import type { ReviewOutcome, SessionCard } from "@/lib/dal/reviews";
import type { PlayerQuestion } from "@/lib/dal/attempts";
import { describeInterval } from "@/lib/review/grading";
import { RATING_LABEL, RATINGS, type ReviewRating } from "@/lib/review/ratings";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { ChoiceList, LETTERS, TypedAnswer } from "@/components/quiz/question-fields";

const dueFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

const RATING_HINT: Record<ReviewRating, string> = {
  again: "I did not know it",
  hard: "I got there, with effort",
  good: "I knew it",
  easy: "Too easy",
};

/**
 * One due card as a question again. The server grades the answer and suggests a rating from
 * correctness and time; the learner can pick another (Again/Hard/Good/Easy) before moving on.
 * Keyboard: 1–4 or A–D choose, Enter submits; once answered, 1–4 rate and Enter goes on.
 */
export function ReviewSession({ card }: { card: SessionCard }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const shownAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    shownAt.current = Date.now();
    heading.current?.focus();
  }, []);

  const submit = useCallback(() => {
    if (outcome || pending) return;
    const isTyped = card.question.type === "FILL_IN";
    if (isTyped ? !typed.trim() : !selected) {
      setError(isTyped ? "Type an answer first." : "Choose an answer first.");
      return;
    }
    startTransition(async () => {
      const result = await answerReview(undefined, {
        cardId: card.cardId,
        version: card.version,
        ...(isTyped ? { text: typed } : { choiceId: selected! }),
        elapsedMs: Date.now() - shownAt.current,
      });
      if (result.ok) {
        setOutcome(result.data);
        setError(null);
      } else setError(result.error);
    });
  }, [card, outcome, pending, selected, typed]);

  const rate = useCallback(
    (rating: ReviewRating) => {
      if (!outcome || pending || rating === outcome.rating) return;
      startTransition(async () => {
        const result = await changeReviewRating(undefined, { logId: outcome.logId, rating });
        if (result.ok) {
          setOutcome({ ...outcome, rating: result.data.rating, selfRated: true, nextDue: result.data.nextDue });
          setError(null);
        } else setError(result.error);
      });
    },
    [outcome, pending],
  );

  const next = useCallback(() => startTransition(() => router.refresh()), [router]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLButtonElement && event.key === "Enter") return;
      if (event.key === "Enter") {
        event.preventDefault();
        if (outcome) next();
        else submit();
        return;
      }
      if (event.target instanceof HTMLInputElement && event.target.type === "text") return;
      const key = event.key.toUpperCase();
      if (outcome) {
        if (/^[1-4]$/.test(key)) rate(RATINGS[Number(key) - 1]!);
        return;
      }
      const position = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
      if (position >= 0 && position < card.question.choices.length) setSelected(card.question.choices[position]!.id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, next, outcome, rate, submit]);

  const question: PlayerQuestion = {
    ...card.question,
    answer: outcome ? { choiceId: selected, text: typed } : null,
    feedback: outcome?.feedback ?? null,
  };
  const now = outcome ? new Date(outcome.reviewedAt) : new Date();
  return (
    <section
      aria-labelledby="review-question"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      data-testid="review-card"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        {card.isNew ? (
          <span className="rounded bg-sky-100 px-2 py-0.5 font-medium text-sky-900">First review</span>
        ) : (
          <span className="rounded bg-slate-100 px-2 py-0.5 font-medium text-slate-800">
            Missed {card.lapses} {card.lapses === 1 ? "time" : "times"} in review
          </span>
        )}
        {card.stale && card.article?.publishedAt && (
          <span className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900" data-testid="stale-badge">
            As of{" "}
            {new Intl.DateTimeFormat("en-GB", {
              day: "numeric",
              month: "long",
              year: "numeric",
              timeZone: "UTC",
            }).format(new Date(card.article.publishedAt))}
            : may be out of date
          </span>
        )}
      </div>
      <h2
        id="review-question"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 focus:outline-none"
      >
        {card.question.prompt}
      </h2>
      {card.question.type === "FILL_IN" ? (
        <TypedAnswer id="review-typed-answer" value={typed} disabled={Boolean(outcome)} onChange={setTyped} />
      ) : (
        <ChoiceList question={question} selected={selected} disabled={Boolean(outcome)} onSelect={setSelected} />
      )}
      {error && (
        <p role="alert" className="text-sm text-rose-800" data-testid="review-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {!outcome ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={submit}
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Checking…" : "Check answer"}
          </button>
          <span className="text-xs text-slate-600">Keys: 1–4 or A–D to choose · Enter to check</span>
        </div>
      ) : (
        <>
          <AnswerFeedback feedback={outcome.feedback} articleTitle={card.article?.title} />
          <div className="space-y-2 rounded-lg border border-slate-200 p-4" data-testid="review-schedule">
            <p className="text-sm text-slate-800" role="status">
              Rated <strong>{RATING_LABEL[outcome.rating]}</strong>
              {outcome.selfRated
                ? " (your rating)"
                : outcome.feedback.isCorrect
                  ? " from your answer and time"
                  : " because the answer was not right"}
              . Next review{" "}
              <strong data-testid="next-due">
                {describeInterval(now, new Date(outcome.nextDue))} ({dueFormat.format(new Date(outcome.nextDue))})
              </strong>
              .
            </p>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">How well did you know it? (keys 1–4)</legend>
              <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {outcome.options.map((option, position) => (
                  <button
                    key={option.rating}
                    type="button"
                    aria-pressed={option.rating === outcome.rating}
                    disabled={pending}
                    onClick={() => rate(option.rating)}
                    className={`rounded-md border px-3 py-2 text-left text-sm ${option.rating === outcome.rating ? "border-brand-600 bg-brand-50 font-semibold" : "border-slate-300 hover:bg-slate-50"}`}
                  >
                    <span className="block">
                      {position + 1}. {RATING_LABEL[option.rating]}
                      {option.rating === outcome.rating && <span aria-hidden="true"> ✓</span>}
                    </span>
                    <span className="block text-xs font-normal text-slate-600">
                      {RATING_HINT[option.rating]} · {describeInterval(now, new Date(option.due))}
                    </span>
                  </button>
                ))}
              </div>
            </fieldset>
          </div>
          <button
            type="button"
            onClick={next}
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Loading…" : "Next card →"}
          </button>
        </>
      )}
    </section>
  );
}
