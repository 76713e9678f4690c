"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { answerQuestion, finishQuiz } from "@/lib/actions/quiz";
import type { PlayerQuestion, PlayerView } from "@/lib/dal/attempts";
import { AnswerFeedback } from "./answer-feedback";
import { QuizTimer } from "./quiz-timer";
import { ChoiceList, LETTERS, TypedAnswer } from "./question-fields";

/**
 * One question per screen. Keyboard: 1–4 or A–D choose, Enter submits (or moves on once answered),
 * ← and → move between questions. Answers go to the server, which scores them; this component never
 * holds an answer key until the server sends feedback for an answered question.
 */
export function QuizPlayer({ view }: { view: PlayerView }) {
  const [questions, setQuestions] = useState<PlayerQuestion[]>(view.questions);
  const firstOpen = questions.findIndex((question) => !question.answer);
  const initial = firstOpen < 0 ? questions.length - 1 : firstOpen;
  const [index, setIndex] = useState(initial);
  const [selected, setSelected] = useState<string | null>(questions[initial]?.answer?.choiceId ?? null);
  const [typed, setTyped] = useState(questions[initial]?.answer?.text ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [timeUp, setTimeUp] = useState(view.expired);
  const shownAt = useRef(0);
  const finishForm = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const question = questions[index]!;
  const answeredCount = questions.filter((candidate) => candidate.answer).length;
  const allAnswered = answeredCount === questions.length;

  // Time on a question starts when it is shown; focus moves to it so screen readers read it.
  useEffect(() => {
    shownAt.current = Date.now();
    heading.current?.focus();
  }, [index]);

  const submit = useCallback(() => {
    if (question.answer || pending || timeUp) return;
    if (question.type === "FILL_IN" ? !typed.trim() : !selected) {
      setError(question.type === "FILL_IN" ? "Type an answer first." : "Choose an answer first.");
      return;
    }
    startTransition(async () => {
      const result = await answerQuestion(undefined, {
        attemptId: view.attemptId,
        questionId: question.id,
        ...(question.type === "FILL_IN" ? { text: typed } : { choiceId: selected! }),
        elapsedMs: Date.now() - shownAt.current,
      });
      if (result.ok) {
        setQuestions((current) =>
          current.map((candidate) => (candidate.id === result.data.id ? result.data : candidate)),
        );
        setError(null);
      } else {
        // Nothing typed is lost: the selection and text stay for another try.
        setError(result.error);
        if (/Time is up/.test(result.error)) setTimeUp(true);
      }
    });
  }, [pending, question, selected, typed, timeUp, view.attemptId]);

  const move = useCallback(
    (delta: number) => {
      const next = Math.min(questions.length - 1, Math.max(0, index + delta));
      setIndex(next);
      setSelected(questions[next]!.answer?.choiceId ?? null);
      setTyped(questions[next]!.answer?.text ?? "");
      setError(null);
    },
    [index, questions],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement && event.target.type === "text";
      if (event.key === "Enter" && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        if (!question.answer) submit();
        else if (index < questions.length - 1) move(1);
        else if (allAnswered) finishForm.current?.requestSubmit();
        return;
      }
      if (typing) return;
      if (event.key === "ArrowRight") move(1);
      else if (event.key === "ArrowLeft") move(-1);
      else if (!question.answer && question.choices.length > 0) {
        const key = event.key.toUpperCase();
        const position = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
        if (position >= 0 && position < question.choices.length) setSelected(question.choices[position]!.id);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [allAnswered, index, move, question, questions.length, submit]);

  const progress = Math.round((answeredCount / questions.length) * 100);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          Question {index + 1} of {questions.length} · {answeredCount} answered
        </p>
        {view.deadline && <QuizTimer deadline={view.deadline} onExpire={() => setTimeUp(true)} />}
      </div>
      <div
        role="progressbar"
        aria-label="Answered"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${progress}%` }} />
      </div>

      <section
        aria-labelledby="question-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <h2
          id="question-heading"
          ref={heading}
          tabIndex={-1}
          className="text-lg font-semibold text-slate-900 focus:outline-none"
        >
          {question.prompt}
        </h2>
        {question.type === "FILL_IN" ? (
          <TypedAnswer
            id="typed-answer"
            value={typed}
            disabled={Boolean(question.answer) || timeUp}
            onChange={setTyped}
          />
        ) : (
          <ChoiceList
            question={question}
            selected={selected}
            disabled={Boolean(question.answer) || timeUp}
            onSelect={setSelected}
          />
        )}

        {error && (
          <p role="alert" data-testid="quiz-error" className="text-sm text-rose-800">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
        {question.feedback && <AnswerFeedback feedback={question.feedback} />}
        {question.answer && !question.feedback && (
          <p className="text-sm text-slate-700" data-testid="saved-note">
            Answer saved. You will see how you did when you finish.
          </p>
        )}

        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            onClick={() => move(-1)}
            disabled={index === 0}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm disabled:opacity-50"
          >
            ← Previous
          </button>
          {!question.answer ? (
            <button
              type="button"
              onClick={submit}
              disabled={pending || timeUp}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {pending ? "Checking…" : "Submit answer"}
            </button>
          ) : (
            index < questions.length - 1 && (
              <button
                type="button"
                onClick={() => move(1)}
                className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
              >
                Next question →
              </button>
            )
          )}
          <span className="ml-auto text-xs text-slate-500">
            Keys: 1–4 or A–D to choose · Enter to submit · ← → to move
          </span>
        </div>
      </section>

      <form
        ref={finishForm}
        action={async () => void (await finishQuiz(undefined, { attemptId: view.attemptId }))}
        className="flex items-center gap-3"
      >
        <button
          type="submit"
          className={`rounded-md px-4 py-2 font-medium ${allAnswered || timeUp ? "bg-emerald-700 text-white hover:bg-emerald-800" : "border border-slate-300 text-slate-700 hover:bg-slate-100"}`}
        >
          Finish quiz{allAnswered ? "" : ` (${questions.length - answeredCount} unanswered)`}
        </button>
        {timeUp && (
          <p role="status" className="text-sm text-rose-800">
            Time is up. Finish to see your results.
          </p>
        )}
      </form>
    </div>
  );
}
